import { useEffect, useState } from "react";
import type { SessionUser } from "../modules/auth/session";
import { OfferCard } from "../modules/offers/offer-card";
import { useOfferNotifications, useOffers } from "../modules/offers/offers";
import { PoolList, usePool } from "../modules/pool/pool";
import { Empty, ErrorNote, Skeleton } from "../ui/feedback";
import { useNow } from "../ui/time";
import { useTitle } from "../ui/use-title";

/** The agent's and partner's workspace: live offers first, then the pool. */
export function WorkPage({ user }: { user: SessionUser }) {
  const now = useNow(1000);
  const hasRecipient = user.recipient !== null;
  const offers = useOffers(hasRecipient, now);
  const pool = usePool(hasRecipient);
  useOfferNotifications(offers.live);
  useTitle("Work", offers.live.length);
  const [permission, setPermission] = useState(() =>
    typeof Notification === "undefined" ? "denied" : Notification.permission,
  );
  useEffect(() => {
    if (typeof Notification !== "undefined") setPermission(Notification.permission);
  }, []);
  if (!hasRecipient)
    return (
      <Empty>
        Your account is not linked to a recipient yet, so no leads can reach you. Ask an admin to link it.
      </Empty>
    );
  return (
    <div className="work">
      <section className="section" aria-labelledby="offers-title">
        <div className="section-head">
          <h1 id="offers-title">Offers</h1>
          {permission === "default" ? (
            <button
              type="button"
              className="link"
              onClick={async () => setPermission(await Notification.requestPermission())}
            >
              Notify me of new offers
            </button>
          ) : null}
        </div>
        <ErrorNote error={offers.error} />
        {offers.isPending ? (
          <Skeleton rows={2} label="Loading offers" />
        ) : offers.live.length === 0 ? (
          <Empty>No offers right now. New ones appear here the moment they arrive.</Empty>
        ) : (
          <div className="offers">
            {offers.live.map((offer) => (
              <OfferCard key={offer.id} offer={offer} now={now} />
            ))}
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="pool-title">
        <h2 id="pool-title">Pool</h2>
        <ErrorNote error={pool.error} />
        <PoolList leads={pool.data} />
      </section>
    </div>
  );
}
