import { useMutation } from "@tanstack/react-query";
import { NumberField } from "../../ui/number-field";
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useLocation } from "wouter";
import { ApiError } from "../../api/client";
import { ErrorNote } from "../../ui/feedback";
import { useToast } from "../../ui/toast";
import { createBody, draftFrom, patchBody, valuesFrom, type Draft } from "./draft";
import { createRecipient, patchRecipient, refreshRecipient, useCategories } from "./hooks";
import { CAP_WINDOWS, type Recipient } from "./recipient";
import { ScheduleEditor, VacationsEditor } from "./schedule-editor";
import { StatePicker } from "./state-picker";
import { FilterRows } from "../filters/filter-rows";

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="card rc-editor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Details the API gave about one part of the form (an exclusive territory's holder, say); "" for all. */
function problemsAt(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as { field?: string; message?: string }[])
    .filter((d) => field === "" || d.field === field || d.field?.startsWith(`${field}.`))
    .map((d) => d.message ?? "");
}

/** Creates a recipient, or changes one: only what changed is sent. */
export function RecipientEditor({ recipient }: { recipient: Recipient | null }) {
  const initial = useMemo(() => draftFrom(recipient, browserZone()), [recipient]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [shown, setShown] = useState<string[]>([]);
  const [, navigate] = useLocation();
  const toast = useToast();
  const categories = useCategories();
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => setDraft((d) => ({ ...d, [name]: value }));

  const fields = useMemo(() => {
    const chosen = (categories.data ?? []).filter((c) => draft.categories.includes(c.key));
    const types: Record<string, string> = {};
    for (const c of chosen) for (const f of c.fields) types[f.key] = f.type;
    return types;
  }, [categories.data, draft.categories]);

  const save = useMutation({
    mutationFn: async () => {
      const { values, problems } = valuesFrom(draft, fields);
      if (!recipient) {
        if (!/^[a-z0-9][a-z0-9_-]*$/.test(draft.key.trim()))
          problems.unshift("Key: lower-case letters, digits, - and _, starting with a letter or digit.");
        if (problems.length > 0) return { problems };
        return { saved: await createRecipient(createBody(draft, values)) };
      }
      const patch = patchBody(valuesFrom(initial, fields).values, values);
      problems.push(...patch.problems);
      if (problems.length > 0) return { problems };
      if (Object.keys(patch.body).length === 0) return { problems: ["Nothing changed."] };
      return { saved: await patchRecipient(recipient.key, patch.body) };
    },
    onSuccess: (result) => {
      setShown(result.problems ?? []);
      if (!result.saved) return;
      refreshRecipient(result.saved);
      toast(recipient ? `${result.saved.name} saved.` : `${result.saved.name} added.`);
      if (!recipient) navigate(`/recipients/${encodeURIComponent(result.saved.key)}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const territoryConflicts = problemsAt(save.error, "territory");
  const d = draft.delivery;
  const setDelivery = (patch: Partial<Draft["delivery"]>) => set("delivery", { ...d, ...patch });

  return (
    <form
      className="recipient-editor"
      onSubmit={submit}
      aria-label={recipient ? `Edit ${recipient.name}` : "New recipient"}
      noValidate
    >
      <Section title="Who" id="sec-who">
        <div className="rc-field-grid">
          <label className="field">
            Name
            <input
              value={draft.name}
              onChange={(e) => set("name", e.target.value)}
              required
              maxLength={200}
            />
          </label>
          <div className="rc-field-wrap">
            <label className="field">
              Key
              <input
                value={draft.key}
                onChange={(e) => set("key", e.target.value)}
                disabled={recipient !== null}
                aria-describedby="key-hint"
                maxLength={64}
              />
            </label>
            <small id="key-hint" className="hint">
              {recipient
                ? "A key never changes."
                : "How the API and the CSV files name it, e.g. des-moines-windows."}
            </small>
          </div>
          <label className="field">
            Kind
            <select
              value={draft.kind}
              onChange={(e) => set("kind", e.target.value as Draft["kind"])}
              disabled={recipient !== null}
            >
              <option value="agent">Agent</option>
              <option value="partner">Partner</option>
              <option value="buyer">Buyer</option>
            </select>
          </label>
          <label className="field">
            Status
            <select value={draft.status} onChange={(e) => set("status", e.target.value as Draft["status"])}>
              <option value="available">Available</option>
              <option value="away">Away</option>
            </select>
          </label>
        </div>
        <fieldset className="rc-checks">
          <legend>Categories</legend>
          {categories.isPending ? <span className="muted small">Loading categories…</span> : null}
          {(categories.data ?? []).map((c) => (
            <label key={c.key}>
              <input
                type="checkbox"
                checked={draft.categories.includes(c.key)}
                onChange={(e) =>
                  set(
                    "categories",
                    e.target.checked
                      ? [...draft.categories, c.key]
                      : draft.categories.filter((k) => k !== c.key),
                  )
                }
              />
              {c.name}
            </label>
          ))}
          {categories.data?.length === 0 ? (
            <span className="muted small">No categories yet: add one under Categories first.</span>
          ) : null}
        </fieldset>
        <div className="rc-field-wrap">
          <label className="field">
            Tags
            <input
              value={draft.tags}
              onChange={(e) => set("tags", e.target.value)}
              aria-describedby="tags-hint"
            />
          </label>
          <small id="tags-hint" className="hint">
            Separated by commas; a plan's tier can pick recipients by tag.
          </small>
        </div>
      </Section>

      <Section title="Territory" id="sec-territory">
        <StatePicker value={draft.states} onChange={(states) => set("states", states)} />
        <div className="rc-field-wrap">
          <label className="field">
            Zips and zip prefixes
            <textarea
              rows={3}
              value={draft.zipText}
              onChange={(e) => set("zipText", e.target.value)}
              aria-describedby="zips-hint"
            />
          </label>
          <small id="zips-hint" className="hint">
            Paste them separated by commas, spaces or lines: 50309 is a zip, 503* (or 503) every zip starting
            503.
          </small>
        </div>
        <div className="rc-field-row">
          <NumberField
            label="Radius around zip"
            value={draft.radiusZip}
            onChange={(v) => set("radiusZip", v)}
            size={6}
            maxLength={5}
          />
          <NumberField
            label="Miles"
            value={draft.radiusMiles}
            onChange={(v) => set("radiusMiles", v)}
            decimal
            size={6}
          />
        </div>
        <label className="rc-check">
          <input
            type="checkbox"
            checked={draft.exclusive}
            onChange={(e) => set("exclusive", e.target.checked)}
          />
          Exclusive: no other exclusive recipient of its categories may share this territory
        </label>
        {territoryConflicts.length > 0 ? (
          <div className="error-note" role="alert">
            {territoryConflicts.map((m) => (
              <p key={m}>{m}</p>
            ))}
            <p>Narrow the territory, or make it not exclusive.</p>
          </div>
        ) : null}
      </Section>

      <Section title="Caps and price" id="sec-rules">
        <div className="rc-field-grid">
          {CAP_WINDOWS.map((w) => (
            <NumberField
              key={w}
              label={`Cap per ${w}`}
              value={draft.caps[w]}
              onChange={(v) => set("caps", { ...draft.caps, [w]: v })}
              placeholder="No cap"
            />
          ))}
          <NumberField
            label="Price per lead (USD)"
            value={draft.price}
            onChange={(v) => set("price", v)}
            decimal
          />
          {draft.priceRules ? (
            <small className="hint">
              {draft.priceRules.length} price rules set over the API stay under this price.
            </small>
          ) : null}
          <NumberField
            label="Monthly budget (USD)"
            value={draft.budget}
            onChange={(v) => set("budget", v)}
            decimal
            placeholder="No budget"
          />
          <NumberField label="Weight" value={draft.weight} onChange={(v) => set("weight", v)} decimal />
          <NumberField label="Priority" value={draft.priority} onChange={(v) => set("priority", v)} />
          <NumberField
            label="SLA seconds"
            value={draft.slaSeconds}
            onChange={(v) => set("slaSeconds", v)}
            placeholder="The plan's"
          />
          <NumberField
            label="Capacity (open leads)"
            value={draft.capacity}
            onChange={(v) => set("capacity", v)}
            placeholder="No limit"
          />
        </div>
      </Section>

      <Section title="Filters" id="sec-filters">
        <p className="muted small">A lead reaches this recipient only when every filter holds.</p>
        <FilterRows
          rows={draft.filters}
          fields={Object.keys(fields)}
          onChange={(rows) => set("filters", rows)}
        />
      </Section>

      <Section title="Schedule" id="sec-schedule">
        <ScheduleEditor value={draft.schedule} onChange={(schedule) => set("schedule", schedule)} />
      </Section>

      <Section title="Vacations" id="sec-vacations">
        <VacationsEditor
          value={draft.vacations}
          timezone={draft.schedule.timezone}
          onChange={(vacations) => set("vacations", vacations)}
        />
      </Section>

      <Section title="Delivery" id="sec-delivery">
        <div className="rc-field-grid">
          <label className="field">
            Channel
            <select
              value={d.channel}
              onChange={(e) => setDelivery({ channel: e.target.value as Draft["delivery"]["channel"] })}
            >
              <option value="none">None (work leads in Carousel)</option>
              <option value="http">HTTP post to a URL</option>
              <option value="email">Email</option>
            </select>
          </label>
          {d.channel === "http" ? (
            <>
              <label className="field wide">
                URL
                <input
                  type="url"
                  value={d.url}
                  onChange={(e) => setDelivery({ url: e.target.value })}
                  placeholder="https://"
                />
              </label>
              <label className="field">
                Method
                <select
                  value={d.method}
                  onChange={(e) => setDelivery({ method: e.target.value as Draft["delivery"]["method"] })}
                >
                  <option>POST</option>
                  <option>PUT</option>
                  <option>GET</option>
                </select>
              </label>
              <label className="field">
                Format
                <select
                  value={d.format}
                  onChange={(e) => setDelivery({ format: e.target.value as Draft["delivery"]["format"] })}
                >
                  <option value="json">JSON</option>
                  <option value="form">Form</option>
                  <option value="xml">XML</option>
                </select>
              </label>
            </>
          ) : null}
          {d.channel === "email" ? (
            <>
              <label className="field wide">
                To
                <input
                  value={d.to}
                  onChange={(e) => setDelivery({ to: e.target.value })}
                  placeholder="leads@example.com"
                />
              </label>
              <label className="field wide">
                Subject
                <input
                  value={d.subject}
                  onChange={(e) => setDelivery({ subject: e.target.value })}
                  placeholder="New lead: {{firstName}}"
                />
              </label>
            </>
          ) : null}
          {d.channel !== "none" ? (
            <label className="field">
              Credentials
              <select
                value={d.auth}
                onChange={(e) => setDelivery({ auth: e.target.value as Draft["delivery"]["auth"] })}
              >
                {d.keptAuth ? <option value="keep">Keep the stored {d.keptAuth} credentials</option> : null}
                <option value="none">None</option>
                <option value="basic">Basic (user and password)</option>
                <option value="bearer">Bearer token</option>
              </select>
            </label>
          ) : null}
          {d.channel !== "none" && d.auth === "basic" ? (
            <>
              <label className="field">
                User
                <input
                  value={d.username}
                  onChange={(e) => setDelivery({ username: e.target.value })}
                  autoComplete="off"
                />
              </label>
              <label className="field">
                Password
                <input
                  type="password"
                  value={d.password}
                  onChange={(e) => setDelivery({ password: e.target.value })}
                  autoComplete="new-password"
                />
              </label>
            </>
          ) : null}
          {d.channel !== "none" && d.auth === "bearer" ? (
            <label className="field">
              Token
              <input
                type="password"
                value={d.token}
                onChange={(e) => setDelivery({ token: e.target.value })}
                autoComplete="off"
              />
            </label>
          ) : null}
        </div>
        {d.keptAuth ? (
          <p className="muted small">
            Stored credentials are never shown again; to change delivery, give them again.
          </p>
        ) : null}
      </Section>

      <div className="rc-save-bar">
        {shown.length > 0 ? (
          <div className="error-note" role="alert">
            <p>
              {shown.length === 1 && shown[0] === "Nothing changed."
                ? "Nothing changed."
                : "Fix these first:"}
            </p>
            {shown[0] !== "Nothing changed." ? (
              <ul>
                {shown.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {save.error && territoryConflicts.length === 0 ? (
          <>
            <ErrorNote error={save.error} />
            {problemsAt(save.error, "").length > 0 ? (
              <ul className="error-note">
                {problemsAt(save.error, "").map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {save.error && territoryConflicts.length > 0 ? (
          <p className="error-note">
            Not saved: the territory overlaps another exclusive one (see Territory).
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : recipient ? "Save changes" : "Add recipient"}
          </button>
          <button type="button" className="link" onClick={() => navigate("/recipients")}>
            {recipient ? "Back to recipients" : "Cancel"}
          </button>
        </div>
      </div>
    </form>
  );
}
