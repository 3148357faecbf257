import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { ListBody } from "../../ui/list-controls";
import { RelativeTime } from "../../ui/time";
import type { Template } from "./templates";

export const TEMPLATES = ["templates"] as const;

export function useTemplates() {
  return useQuery({
    queryKey: TEMPLATES,
    queryFn: async () => (await ok(api.GET("/api/v1/templates"))).items as Template[],
  });
}

/** The email templates by name, each with its subject, opening its editor. */
export function TemplatesList() {
  const templates = useTemplates();
  const items = templates.data ?? [];
  return (
    <ListBody
      loading={templates.isPending}
      error={templates.error}
      label="Loading templates"
      rows={3}
      count={items.length}
      filtered={false}
      empty={<>No templates yet. Create one with New template, then use it in a sequence.</>}
      emptyFiltered={null}
    >
      <ul className="rows" aria-label="Templates">
        {items.map((t) => (
          <li key={t.key} className="row">
            <div className="row-main">
              <Link href={`/email/templates/${t.key}`} className="row-title">
                {t.name}
              </Link>
              <span className="muted small template-subject">{t.subject}</span>
            </div>
            <span className="muted small">
              changed <RelativeTime at={t.updatedAt} />
            </span>
          </li>
        ))}
      </ul>
    </ListBody>
  );
}
