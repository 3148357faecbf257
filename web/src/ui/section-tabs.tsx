import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";

export interface Tab {
  href: string;
  label: string;
}

/** A screen of several sections: its title, the sections as tabs, and the open section's page. */
export function TabbedSection({
  title,
  tabs,
  current,
  children,
}: {
  title: string;
  tabs: Tab[];
  /** The open section's name, a heading for screen readers. */
  current: string;
  children: ReactNode;
}) {
  const [location] = useLocation();
  // The open tab is the one whose address is the longest start of the location, so a section at
  // /x/1 is not also open at /x/1/more when /x/1/more is a tab of its own.
  const open = tabs
    .filter((t) => location === t.href || location.startsWith(`${t.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <section className="section">
      <h1>{title}</h1>
      <nav className="section-tabs" aria-label={title}>
        {tabs.map((t) => (
          <Link key={t.href} href={t.href} aria-current={t === open ? "page" : undefined}>
            {t.label}
          </Link>
        ))}
      </nav>
      <h2 className="visually-hidden">{current}</h2>
      {children}
    </section>
  );
}
