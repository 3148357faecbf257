import { useEffect, useState, type ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { openStream } from "../../api/stream";
import { useNow } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { AvailabilityToggle } from "../availability/availability-toggle";
import { isBuyer, signOut, type SessionUser } from "../auth/session";
import { useOffers } from "../offers/offers";
import { useSetupDone } from "../getting-started/setup-state";
import { menuFor } from "./menu";

/** The frame of every signed-in screen: menu by role, availability, sign out, the live stream. */
export function Shell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const [location, navigate] = useLocation();
  const [drawer, setDrawer] = useState(false);
  const [live, setLive] = useState(true);
  const toast = useToast();
  const worker = user.role === "agent" || user.role === "partner";
  const now = useNow(5000);
  const offers = useOffers(worker && user.recipient !== null, now);
  useEffect(() => openStream(setLive), [user.id]);
  useEffect(() => setDrawer(false), [location]);
  const setupDone = useSetupDone(user.role === "admin");
  const menu = menuFor(user.role, { setupDone, buyer: isBuyer(user) });
  const current = (href: string) => location === href || location.startsWith(`${href}/`);
  return (
    <div className={`shell ${worker ? "shell-worker" : "shell-staff"}`}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        {!worker ? (
          <button
            type="button"
            className="menu-button"
            aria-expanded={drawer}
            aria-controls="main-nav"
            onClick={() => setDrawer((d) => !d)}
          >
            Menu
          </button>
        ) : null}
        <Link href="/" className="brand">
          Carousel
        </Link>
        <nav id="main-nav" className={`nav ${drawer ? "open" : ""}`} aria-label="Main">
          {menu.map((item) => (
            <Link key={item.href} href={item.href} aria-current={current(item.href) ? "page" : undefined}>
              {item.label}
              {item.href === "/work" && offers.live.length > 0 ? (
                <span className="count" aria-label={`${offers.live.length} offers`}>
                  {offers.live.length}
                </span>
              ) : null}
            </Link>
          ))}
        </nav>
        <div className="topbar-end">
          {!live ? (
            <span className="offline" role="status">
              Reconnecting…
            </span>
          ) : null}
          {worker && user.recipient ? (
            <AvailabilityToggle recipient={user.recipient} openOffers={offers.live.length} />
          ) : null}
          <span className="user-name" title={user.email}>
            {user.name}
          </span>
          <button
            type="button"
            className="link"
            onClick={async () => {
              try {
                await signOut();
              } catch (e) {
                toast(e instanceof Error ? e.message : "Could not sign out.", "error");
              }
              navigate("/signin", { replace: true });
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}
