import { UNSET_SENDER, type MailSender } from "../domain/templates/template.js";
import type { Principal } from "../domain/user.js";
import { getSetting, putSetting } from "../store/queries/settings.js";
import type { Runner, Store } from "../store/store.js";
import { audit } from "./audit.js";

const SETTING = "mail_sender";

/** Who nurture emails come from; the unset sender until a manager saves one. */
export async function mailSender(on: Runner): Promise<MailSender> {
  const stored = (await getSetting(on, SETTING)) as Partial<MailSender> | undefined;
  return { ...UNSET_SENDER, ...stored };
}

export async function putMailSender(
  store: Store,
  principal: Principal,
  sender: MailSender,
  now = Date.now(),
): Promise<MailSender> {
  await store.transact(async (tx) => {
    const before = await mailSender(tx);
    await putSetting(tx, SETTING, sender, now);
    await audit(
      tx,
      principal,
      { entity: "settings", key: SETTING, action: "update", before, after: sender },
      now,
    );
  });
  return sender;
}
