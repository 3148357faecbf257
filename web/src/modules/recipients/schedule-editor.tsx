import { useMemo } from "react";
import {
  copyDay,
  hoursPerWeek,
  officeHours,
  timeZoneChoices,
  WEEKDAY_NAMES,
  WEEKDAYS,
  type Range,
  type Weekday,
  type WeekDraft,
} from "./schedule";
import type { Vacation } from "./vacations";

/** The week as rows of days, each with its from–to ranges, read in the recipient's time zone. */
export function ScheduleEditor({
  value,
  onChange,
}: {
  value: WeekDraft;
  onChange: (next: WeekDraft) => void;
}) {
  const zones = useMemo(() => timeZoneChoices(value.timezone), [value.timezone]);
  const setDay = (day: Weekday, ranges: Range[]) =>
    onChange({ ...value, week: { ...value.week, [day]: ranges } });
  return (
    <div className="schedule-editor">
      <div className="rc-field-row">
        <label className="field">
          Time zone
          <select value={value.timezone} onChange={(e) => onChange({ ...value, timezone: e.target.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="rc-inline-choice">
          <legend>Takes leads</legend>
          <label>
            <input
              type="radio"
              name="schedule-mode"
              checked={value.mode === "always"}
              onChange={() => onChange({ ...value, mode: "always" })}
            />
            At any time
          </label>
          <label>
            <input
              type="radio"
              name="schedule-mode"
              checked={value.mode === "hours"}
              onChange={() =>
                onChange({
                  ...value,
                  mode: "hours",
                  week: WEEKDAYS.some((d) => value.week[d].length > 0) ? value.week : officeHours(),
                })
              }
            />
            At set hours
          </label>
        </fieldset>
      </div>
      {value.mode === "hours" ? (
        <>
          <p className="muted small">
            {hoursPerWeek(value)} h a week, in {value.timezone.replace(/_/g, " ")}. A range that ends before
            it starts (22:00–06:00) runs past midnight.
          </p>
          <table className="rc-week-grid">
            <caption className="rc-sr-only">Hours by weekday</caption>
            <tbody>
              {WEEKDAYS.map((day) => (
                <tr key={day}>
                  <th scope="row">{WEEKDAY_NAMES[day]}</th>
                  <td>
                    {value.week[day].length === 0 ? <span className="muted small">Closed</span> : null}
                    {value.week[day].map((range, i) => (
                      <span key={i} className="rc-range">
                        <input
                          type="time"
                          aria-label={`${WEEKDAY_NAMES[day]} from`}
                          value={range.from}
                          onChange={(e) =>
                            setDay(
                              day,
                              value.week[day].map((r, j) => (j === i ? { ...r, from: e.target.value } : r)),
                            )
                          }
                        />
                        –
                        <input
                          type="time"
                          aria-label={`${WEEKDAY_NAMES[day]} to`}
                          value={range.to === "24:00" ? "23:59" : range.to}
                          onChange={(e) =>
                            setDay(
                              day,
                              value.week[day].map((r, j) => (j === i ? { ...r, to: e.target.value } : r)),
                            )
                          }
                        />
                        <button
                          type="button"
                          className="link small"
                          aria-label={`Remove ${WEEKDAY_NAMES[day]} ${range.from}–${range.to}`}
                          onClick={() =>
                            setDay(
                              day,
                              value.week[day].filter((_, j) => j !== i),
                            )
                          }
                        >
                          Remove
                        </button>
                      </span>
                    ))}
                  </td>
                  <td className="rc-day-actions">
                    <button
                      type="button"
                      className="link small"
                      aria-label={`Add hours on ${WEEKDAY_NAMES[day]}`}
                      onClick={() => {
                        const last = value.week[day].at(-1);
                        setDay(day, [
                          ...value.week[day],
                          last ? { from: last.to, to: "00:00" } : { from: "09:00", to: "17:00" },
                        ]);
                      }}
                    >
                      Add hours
                    </button>
                    {day === "mon" ? (
                      <button
                        type="button"
                        className="link small"
                        onClick={() =>
                          onChange({
                            ...value,
                            week: copyDay(value.week, "mon", ["tue", "wed", "thu", "fri"]),
                          })
                        }
                      >
                        Copy to weekdays
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted small">Open all week; caps count days and months in this time zone.</p>
      )}
    </div>
  );
}

/** Days away (vacations): routing passes the recipient over from the first day's start to the last day's end. */
export function VacationsEditor({
  value,
  timezone,
  onChange,
}: {
  value: Vacation[];
  timezone: string;
  onChange: (next: Vacation[]) => void;
}) {
  const set = (i: number, patch: Partial<Vacation>) =>
    onChange(value.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <div className="rc-vacations">
      {value.length === 0 ? <p className="muted small">No vacations planned.</p> : null}
      <ul className="stacked">
        {value.map((v, i) => (
          <li key={i} className="rc-range">
            <label>
              First day away
              <input type="date" value={v.first} onChange={(e) => set(i, { first: e.target.value })} />
            </label>
            <label>
              Last day away
              <input type="date" value={v.last} onChange={(e) => set(i, { last: e.target.value })} />
            </label>
            <button
              type="button"
              className="link small"
              aria-label={`Remove vacation ${i + 1}`}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">
        Days are in {timezone.replace(/_/g, " ")}. While away, routing passes the recipient over.
      </p>
      <button type="button" onClick={() => onChange([...value, { first: "", last: "" }])}>
        Add a vacation
      </button>
    </div>
  );
}
