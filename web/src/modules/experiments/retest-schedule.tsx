import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { noContent } from "../settings/no-content";
import { useCategories } from "../categories/categories-list";
import { usePlanVersions, type PlanVersion } from "../plans/plan-queries";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatNumber, formatPercent } from "../../ui/format";
import { Labeled } from "../../ui/labeled";
import { ListTable } from "../../ui/list-table";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { useToast } from "../../ui/toast";
import { ShortNumber } from "./short-number";
import { retestWords, statusWords } from "./words";
import "./experiments.css";

const scheduleKey = (category: string) => ["experiments", "retest-schedule", category] as const;

const fetchSchedule = (key: string) =>
  ok(api.GET("/api/v1/categories/{key}/retest-schedule", { params: { path: { key } } }));

type ScheduleReport = Awaited<ReturnType<typeof fetchSchedule>>;
type Schedule = NonNullable<ScheduleReport["schedule"]>;

const day = (at: string) => new Date(at).toLocaleDateString("en-US", { dateStyle: "medium" });

/** "Every 30 days, 10% of new leads held back on plan version 3 for 7 days; switches back if it does better." */
export function scheduleWords(s: Pick<Schedule, "everyDays" | "share" | "days" | "against" | "switchBack">) {
  const every = s.everyDays === 1 ? "Every day" : `Every ${s.everyDays} days`;
  const span = s.days === 1 ? "1 day" : `${s.days} days`;
  const after = s.switchBack
    ? "if that plan does better, it becomes live again."
    : "if that plan does better, the re-test only says so.";
  return `${every}, ${formatPercent(s.share)} of new leads are held back on plan version ${s.against} for ${span}; ${after}`;
}

/** The newest plan version that is not live: the one a re-test holds back on by default. */
const replaced = (versions: PlanVersion[]) => versions.find((v) => !v.live) ?? versions[0];

/** Re-tests on a schedule, one category at a time: the schedule, its next date, a form, the history. */
export default function RetestSchedules() {
  const categories = useCategories();
  const [category, setCategory] = useState<string | null>(null);
  const chosen = category ?? categories.data?.[0]?.key ?? null;
  return (
    <section className="section retest-schedules" aria-labelledby="retest-schedule-heading">
      <h2 id="retest-schedule-heading">Re-tests on a schedule</h2>
      <p className="muted small">
        A re-test holds a share of a category&apos;s new leads back on the plan the live one replaced, and
        says whether the live plan still wins.
      </p>
      {categories.isPending ? (
        <Skeleton rows={3} label="Loading categories" />
      ) : categories.error ? (
        <ErrorNote error={categories.error} />
      ) : chosen === null ? (
        <Empty>No categories yet.</Empty>
      ) : (
        <>
          <Labeled className="retest-category" label="Category">
            {(p) => (
              <select {...p} value={chosen} onChange={(e) => setCategory(e.target.value)}>
                {categories.data.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.name} ({c.key})
                  </option>
                ))}
              </select>
            )}
          </Labeled>
          <CategorySchedule key={chosen} category={chosen} />
        </>
      )}
    </section>
  );
}

function CategorySchedule({ category }: { category: string }) {
  const report = useQuery({ queryKey: scheduleKey(category), queryFn: () => fetchSchedule(category) });
  const versions = usePlanVersions(category);
  if (report.isPending || versions.isPending) return <Skeleton rows={3} label="Loading the schedule" />;
  if (report.error) return <ErrorNote error={report.error} />;
  if (versions.error) return <ErrorNote error={versions.error} />;
  const { schedule, history } = report.data;
  return (
    <div className="retest-schedule" role="region" aria-label="Re-test schedule">
      {schedule ? (
        <p>
          {scheduleWords(schedule)} <strong>Next re-test: {day(schedule.nextAt)}.</strong>
        </p>
      ) : (
        <p className="muted">No re-tests are scheduled for this category.</p>
      )}
      {versions.data.length < 2 ? (
        <Empty>A re-test needs a plan the live one replaced: save a new version of the plan first.</Empty>
      ) : (
        <ScheduleForm category={category} schedule={schedule} versions={versions.data} />
      )}
      <History history={history} />
    </div>
  );
}

function ScheduleForm({
  category,
  schedule,
  versions,
}: {
  category: string;
  schedule: Schedule | null;
  versions: PlanVersion[];
}) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [everyDays, setEveryDays] = useState(String(schedule?.everyDays ?? 30));
  const [share, setShare] = useState(String(schedule ? schedule.share * 100 : 10));
  const [days, setDays] = useState(String(schedule?.days ?? 7));
  const [against, setAgainst] = useState(String(schedule?.against ?? replaced(versions)?.version ?? ""));
  const [switchBack, setSwitchBack] = useState(schedule?.switchBack ?? false);
  const [firstAt, setFirstAt] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: scheduleKey(category) });
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PUT("/api/v1/categories/{key}/retest-schedule", {
          params: { path: { key: category } },
          body: {
            everyDays: Number(everyDays.trim() || Number.NaN),
            share: Number(share.trim() || Number.NaN) / 100,
            days: Number(days.trim() || Number.NaN),
            against: Number(against),
            switchBack,
            ...(firstAt ? { firstAt: new Date(`${firstAt}T00:00:00`).toISOString() } : {}),
          },
        }),
      ),
    onSuccess: async (saved) => {
      toast(`Re-tests scheduled: the next one starts ${day(saved.nextAt)}.`);
      setFirstAt("");
      await refresh();
    },
  });
  const clear = useMutation({
    mutationFn: () =>
      noContent(
        api.DELETE("/api/v1/categories/{key}/retest-schedule", { params: { path: { key: category } } }),
      ),
    onSuccess: async () => {
      toast("The re-test schedule is cleared: no more re-tests start on their own.");
      await refresh();
    },
  });
  const problems = problemsOf(save.error);
  const others = problemsLeft(problems, "", ["everyDays", "share", "days", "against", "firstAt"]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="promote-form retest-form" onSubmit={onSubmit} aria-label="Re-test schedule" noValidate>
      <div className="field-row">
        <ShortNumber
          label="Every (days)"
          field="everyDays"
          problems={problems}
          value={everyDays}
          onChange={setEveryDays}
        />
        <ShortNumber
          label="Held back %"
          field="share"
          problems={problems}
          value={share}
          onChange={setShare}
          decimal
        />
        <ShortNumber label="For (days)" field="days" problems={problems} value={days} onChange={setDays} />
        <Labeled label="On plan version" error={problemAt(problems, "against")}>
          {(p) => (
            <select {...p} value={against} onChange={(e) => setAgainst(e.target.value)}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  Version {v.version}
                  {v.live ? " (live)" : ""}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <Labeled
          label="Next re-test on"
          hint={schedule ? "Leave empty to keep the date" : "Leave empty for the default"}
          error={problemAt(problems, "firstAt")}
        >
          {(p) => <input {...p} type="date" value={firstAt} onChange={(e) => setFirstAt(e.target.value)} />}
        </Labeled>
      </div>
      <label className="check">
        <input type="checkbox" checked={switchBack} onChange={(e) => setSwitchBack(e.target.checked)} />{" "}
        Switch back: a re-test that finds the held-back plan better makes it live again
      </label>
      {others.length > 0 ? (
        <p className="error-note" role="alert">
          {others.join(" ")}
        </p>
      ) : problems.length === 0 ? (
        <ErrorNote error={save.error ?? clear.error} />
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {schedule ? "Save the schedule" : "Schedule re-tests"}
        </button>
        {schedule ? (
          <button
            type="button"
            className="stop-button"
            disabled={clear.isPending}
            onClick={() => {
              if (window.confirm("Clear the schedule? Re-tests already running go on; no new ones start."))
                clear.mutate();
            }}
          >
            Clear the schedule
          </button>
        ) : null}
      </div>
    </form>
  );
}

function History({ history }: { history: ScheduleReport["history"] }) {
  return (
    <ListTable
      list={history}
      empty={<p className="muted small">No re-tests yet.</p>}
      label="Past re-tests"
      className="retest-history"
      rowKey={(r) => r.id}
      columns={[
        { header: "Started", cell: (r) => <Link href={`/experiments/${r.id}`}>{day(r.startedAt)}</Link> },
        { header: "Status", cell: (r) => statusWords(r) },
        { header: "Leads", num: true, cell: (r) => formatNumber(r.leads) },
        {
          header: "Outcome",
          className: "verdict-cell",
          cell: (r) => retestWords(r.retestOutcome, r.status === "running") ?? "Too few leads to say yet.",
        },
      ]}
    />
  );
}
