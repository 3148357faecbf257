import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, ok } from "../../api/client";
import type { paths } from "../../api/schema";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { RelativeTime } from "../../ui/time";
import { useTemplates } from "../email/templates-list";
import { durationOf, STEP_KINDS, UNITS, WEEKDAYS, type Step } from "./draft";
import { sequenceKeys } from "./queries";

type Versions =
  paths["/api/v1/sequences/{key}/versions"]["get"]["responses"][200]["content"]["application/json"];
type Version = Versions["versions"][number];
type Condition = Extract<Step, { type: "branch" }>["if"];

const useSequenceVersions = (key: string) =>
  useQuery({
    queryKey: sequenceKeys.versions(key),
    queryFn: async () => ok(api.GET("/api/v1/sequences/{key}/versions", { params: { path: { key } } })),
  });

const list = (values: readonly (string | number)[]) => values.join(", ");

function waitWords(seconds: number): string {
  const { amount, unit } = durationOf(seconds);
  const label = UNITS.find((u) => u.value === unit)!.label;
  return `Wait ${amount} ${amount === "1" ? label.slice(0, -1) : label}`;
}

function conditionWords(c: Condition): string {
  if ("opened" in c) return `opened the email of step ${c.opened}`;
  if ("clicked" in c) return `clicked in the email of step ${c.clicked}`;
  if ("replied" in c) return "replied";
  if ("score" in c) return `scores between ${c.score.min ?? "any"} and ${c.score.max ?? "any"}`;
  if ("priority" in c) return `is in the ${list(c.priority)} band`;
  if ("stage" in c) return `is at stage ${list(c.stage)}`;
  if ("tag" in c) return `has the tag ${c.tag}`;
  return `has ${c.field} ${c.in ? `in ${list(c.in)}` : `equal to ${String(c.equals)}`}`;
}

const target = (to: string | undefined) =>
  to === undefined ? "the next step" : to === "end" ? "the end" : `step ${to}`;

/** What a step of a stored version does, in words. */
function stepWords(step: Step, templateName: (key: string) => string): string {
  switch (step.type) {
    case "wait":
      return "until" in step ? `Wait until ${step.until}` : waitWords(step.seconds);
    case "email":
      return `Send ${templateName(step.template)}`;
    case "branch":
      return `If the lead ${conditionWords(step.if)}, go to ${target(step.then)}; otherwise to ${target(step.else)}`;
    case "set":
      return [
        step.stage ? `stage ${step.stage}` : "",
        step.score !== undefined ? `score ${step.score}` : "",
        step.addTag ? `add tag ${step.addTag}` : "",
        step.removeTag ? `remove tag ${step.removeTag}` : "",
      ]
        .filter(Boolean)
        .join(", ");
    case "task":
      return `${step.title}${step.dueInMinutes === undefined ? "" : ` (due in ${step.dueInMinutes} minutes)`}`;
    case "webhook":
      return `POST to ${step.url}`;
    case "sms":
      return `${step.text} (through ${step.gateway.url})`;
  }
}

const kindOf = (step: Step) => (step.type === "wait" && "until" in step ? "until" : step.type);

function enrollWords(e: Version["enroll"]): string[] {
  const rules = [
    e.categories?.length ? `category ${list(e.categories)}` : "",
    e.sources?.length ? `source ${list(e.sources)}` : "",
    e.stages?.length ? `stage ${list(e.stages)}` : "",
    e.tags?.length ? `tag ${list(e.tags)}` : "",
    e.priorities?.length ? `priority band ${list(e.priorities)}` : "",
    e.scoreMin !== undefined || e.scoreMax !== undefined
      ? `score between ${e.scoreMin ?? "any"} and ${e.scoreMax ?? "any"}`
      : "",
  ].filter(Boolean);
  return [
    rules.length > 0 ? `Leads with ${rules.join("; ")}` : "Only leads enrolled by hand",
    e.reenroll === "after_end"
      ? `Again ${e.reenrollAfterDays ?? 0} days after the last enrolment ended`
      : "Once per lead",
  ];
}

/** One version as the editor lays it out, in words and not editable. */
function VersionDetail({ version }: { version: Version }) {
  const templates = useTemplates();
  const templateName = (key: string) => templates.data?.find((t) => t.key === key)?.name ?? key;
  const w = version.window;
  const days = (w?.days ?? []).map((d) => WEEKDAYS.find((x) => x.value === d)?.label ?? d);
  return (
    <div className="version-detail">
      <dl className="version-rules">
        <dt>Who enrols</dt>
        {enrollWords(version.enroll).map((line) => (
          <dd key={line}>{line}</dd>
        ))}
        <dt>Who leaves</dt>
        <dd>At stage {list(version.exit.stages ?? ["contacted", "won", "lost"])}</dd>
        <dd>{version.exit.reply === false ? "A reply does not end it" : "A reply ends it"}</dd>
        <dt>When it sends</dt>
        <dd>
          {w
            ? `${list(days)}, ${w.from}–${w.to}${w.timeZone ? ` (${w.timeZone} when the lead has none)` : ""}`
            : "At any time"}
        </dd>
        <dd>{version.dailyLimit === null ? "No daily limit" : `At most ${version.dailyLimit} a day`}</dd>
      </dl>
      <ol className="stacked" aria-label={`Steps of version ${version.version}`}>
        {version.steps.map((step, i) => (
          <li key={i} className="card step-card">
            <h4>
              Step {i + 1}{" "}
              <span className="muted">
                · {STEP_KINDS.find((k) => k.value === kindOf(step))?.label}
                {step.id !== undefined && step.id !== String(i + 1) ? ` · id ${step.id}` : ""}
              </span>
            </h4>
            <p>{stepWords(step, templateName)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Every version of a sequence, newest first, the live one marked; any one opens read-only. */
export function SequenceVersions({ sequenceKey }: { sequenceKey: string }) {
  const versions = useSequenceVersions(sequenceKey);
  const [open, setOpen] = useState<number | null>(null);
  if (versions.isPending) return <Skeleton rows={3} label="Loading the versions" />;
  if (versions.error) return <ErrorNote error={versions.error} />;
  const { current } = versions.data;
  return (
    <div className="sequence-versions">
      <p className="muted small">
        Each save is a new version. Leads enrolled from now on run the live one; leads already enrolled finish
        the version they started.
      </p>
      <ol className="stacked roomy" aria-label="Versions">
        {versions.data.versions.map((v) => (
          <li key={v.version} className="card version" aria-labelledby={`version-${v.version}`}>
            <div className="version-head">
              <h3 id={`version-${v.version}`}>
                Version {v.version}
                {v.version === current ? (
                  <>
                    {" "}
                    <span className="live-badge">Live</span>
                  </>
                ) : null}
              </h3>
              <p className="muted small">
                Saved by {v.by ?? "an unknown user"} <RelativeTime at={v.createdAt} />
              </p>
              <button
                type="button"
                aria-expanded={open === v.version}
                onClick={() => setOpen(open === v.version ? null : v.version)}
              >
                {open === v.version ? `Hide version ${v.version}` : `View version ${v.version}`}
              </button>
            </div>
            {open === v.version ? <VersionDetail version={v} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
