import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { opLabel } from "../filters/filter-rows";

type Condition = { field: string; op: Parameters<typeof opLabel>[0]; value?: unknown };

/** A field rule's conditions in words: "Credit score at least 700 and Homeowner is true". */
export function conditionsInWords(when: readonly Condition[] | null): string {
  if (when === null) return "Rules in force when the lead came in";
  if (when.length === 0) return "Every lead";
  return when
    .map((c) =>
      [
        humanize(c.field),
        opLabel(c.op),
        c.op === "exists" ? "" : Array.isArray(c.value) ? c.value.join(", ") : String(c.value),
      ]
        .filter(Boolean)
        .join(" "),
    )
    .join(" and ");
}

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** Why the lead has its score: the field rules and events that gave points, and how the score moved. */
export function ScoreExplained({ leadId }: { leadId: string }) {
  const score = useQuery({
    queryKey: [...keys.lead(leadId), "score"],
    queryFn: () => ok(api.GET("/api/v1/leads/{id}/score", { params: { path: { id: leadId } } })),
  });
  if (score.isPending) return <Skeleton rows={3} label="Loading the score" />;
  if (score.error) return <ErrorNote error={score.error} />;
  const s = score.data;
  return (
    <>
      <p>
        <strong>
          {s.score} · {humanize(s.band)}
        </strong>{" "}
        <span className="muted">
          ({s.fieldScore} from fields, {s.behaviorScore} from events)
          {s.nextBandChangeAt ? (
            <>
              ; changes band <RelativeTime at={s.nextBandChangeAt} />
            </>
          ) : null}
        </span>
      </p>
      <ul className="score-parts" aria-label="Points">
        {s.fields.map((f, i) => (
          <li key={`field-${i}`}>
            {conditionsInWords(f.when as Condition[] | null)}: {signed(f.points)}
          </li>
        ))}
        {s.events.map((e) => (
          <li key={e.id}>
            {humanize(e.type)} <RelativeTime at={e.at} />: {signed(e.points)}
            {e.halfLifeDays !== null ? `, ${signed(e.pointsNow)} now (half-life ${e.halfLifeDays} days)` : ""}
          </li>
        ))}
        {s.fields.length + s.events.length === 0 ? <li className="muted">No points yet.</li> : null}
      </ul>
      <h3>History</h3>
      <ol className="score-history" aria-label="Score history">
        {[...s.history].reverse().map((h, i) => (
          <li key={i}>
            {h.score} · {humanize(h.band)}{" "}
            <span className="muted small">
              {h.cause === "fields"
                ? "fields at intake"
                : h.cause === "decay"
                  ? "decay"
                  : h.cause === "rules"
                    ? "scoring rules changed"
                    : h.cause === "sequence"
                      ? `sequence ${h.sequence?.key ?? ""}, step ${h.sequence?.step ?? ""}`
                      : humanize(h.event?.type ?? "event")}{" "}
              · <RelativeTime at={h.at} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
