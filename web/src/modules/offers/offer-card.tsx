import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";
import { api, ApiError, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { formatDuration, humanize } from "../../ui/format";
import { useToast } from "../../ui/toast";
import { countdownTone, shareLeft } from "./countdown";
import { productOf, type Offer } from "./offers";

const PASS_REASONS = [
  ["busy", "Busy"],
  ["not my area", "Not my area"],
  ["duplicate", "Duplicate"],
  ["other", "Other"],
] as const;

/** One live offer: who and what, the time left, Accept or Pass. No contact before Accept. */
export function OfferCard({ offer, now }: { offer: Offer; now: number }) {
  const toast = useToast();
  const [, navigate] = useLocation();
  const [passing, setPassing] = useState(false);
  const { lead } = offer;
  const share = offer.expiresAt ? shareLeft(offer.createdAt, offer.expiresAt, now) : 1;
  const tone = countdownTone(share);
  const secondsLeft = offer.expiresAt ? (Date.parse(offer.expiresAt) - now) / 1000 : null;
  const settled = () => {
    void queryClient.invalidateQueries({ queryKey: keys.offers });
    void queryClient.invalidateQueries({ queryKey: keys.myLeads });
  };
  const onGone = (error: Error) => {
    settled();
    toast(
      error instanceof ApiError && error.status === 409
        ? "This offer has expired or went to someone else."
        : error.message,
      "error",
    );
  };
  const accept = useMutation({
    mutationFn: () => ok(api.POST("/api/v1/assignments/{id}/accept", { params: { path: { id: offer.id } } })),
    onSuccess: () => {
      settled();
      toast(`Accepted ${lead.firstName ?? "the lead"}.`);
      navigate(`/leads/${lead.id}`);
    },
    onError: onGone,
  });
  const pass = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.POST("/api/v1/assignments/{id}/reject", { params: { path: { id: offer.id } }, body: { reason } }),
      ),
    onSuccess: () => {
      settled();
      toast("Passed on to the next person.");
    },
    onError: onGone,
  });
  const name = lead.firstName ?? "A lead";
  const where = [lead.city, lead.state].filter(Boolean).join(", ");
  const product = productOf(lead.fields);
  return (
    <article className={`card offer tone-${tone}`} aria-label={`Offer: ${name}${where ? `, ${where}` : ""}`}>
      <div className="offer-head">
        <div>
          <h3 className="offer-name">{name}</h3>
          <p className="muted">
            {[where, product ? humanize(product) : null, humanize(lead.category)].filter(Boolean).join(" · ")}
          </p>
        </div>
        <span className={`band band-${lead.priority}`}>{humanize(lead.priority)}</span>
      </div>
      {secondsLeft !== null ? (
        <div className="countdown">
          <div
            className="countdown-bar"
            role="progressbar"
            aria-label="Time left to answer"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share * 100)}
            aria-valuetext={`${formatDuration(secondsLeft)} left`}
          >
            <div className="countdown-fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className="countdown-text">{formatDuration(secondsLeft)} left</span>
        </div>
      ) : null}
      {passing ? (
        <fieldset className="pass-reasons">
          <legend>Why pass?</legend>
          <div className="actions">
            {PASS_REASONS.map(([reason, label]) => (
              <button
                key={reason}
                type="button"
                onClick={() => pass.mutate(reason)}
                disabled={pass.isPending}
              >
                {label}
              </button>
            ))}
            <button type="button" className="link" onClick={() => setPassing(false)}>
              Keep it
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => accept.mutate()}
            disabled={accept.isPending}
            aria-label={`Accept ${name}`}
          >
            Accept
          </button>
          <button type="button" onClick={() => setPassing(true)} aria-label={`Pass on ${name}`}>
            Pass
          </button>
        </div>
      )}
    </article>
  );
}
