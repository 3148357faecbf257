import type { CallSettings } from "../domain/calls/cadence.js";
import { AppError, notFound } from "../domain/errors.js";
import type { Principal } from "../domain/user.js";
import { callSettingsOf, putCallSettings } from "../store/queries/call-lists.js";
import { getCategory } from "../store/queries/categories.js";
import type { Store } from "../store/store.js";
import { audit } from "./audit.js";
import { minutesOf } from "../domain/calls/cadence.js";

export async function readCallSettings(store: Store, category: string): Promise<CallSettings> {
  if (!(await getCategory(store, category))) throw notFound(`category ${category}`);
  return (await callSettingsOf(store, [category])).get(category)!;
}

/** Sets how a category's leads are called; the hours must open before they close. */
export async function writeCallSettings(
  store: Store,
  principal: Principal,
  category: string,
  settings: CallSettings,
  now = Date.now(),
): Promise<CallSettings> {
  if (minutesOf(settings.hours.from) >= minutesOf(settings.hours.to))
    throw new AppError("validation_failed", "calling hours must open before they close", [
      { field: "hours", code: "order", message: `${settings.hours.from} is not before ${settings.hours.to}` },
    ]);
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, category))) throw notFound(`category ${category}`);
    const before = (await callSettingsOf(tx, [category])).get(category);
    await putCallSettings(tx, category, settings, now);
    await audit(
      tx,
      principal,
      { entity: "calling", key: category, action: "update", before, after: settings },
      now,
    );
    return settings;
  });
}
