import { callApi, setCsrfToken } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import type { SessionUser } from "./session";

/** After any step that signs the person in, the app learns who they are from the session. */
async function refreshSession(answer: unknown) {
  if (answer && typeof answer === "object" && "csrfToken" in answer) {
    setCsrfToken(String((answer as SessionUser).csrfToken));
    queryClient.setQueryData(keys.session, answer);
  } else {
    await queryClient.invalidateQueries({ queryKey: keys.session });
  }
}

export async function createFirstAdmin(input: {
  code: string;
  email: string;
  name: string;
  password: string;
}) {
  await refreshSession(await callApi("POST", "/api/v1/setup", input));
  queryClient.setQueryData(keys.setup, false);
}

export async function acceptInvite(token: string, input: { password: string }) {
  await refreshSession(await callApi("POST", `/api/v1/invites/${encodeURIComponent(token)}/accept`, input));
}

export async function requestReset(email: string) {
  await callApi("POST", "/api/v1/password-reset", { email });
}

export async function completeReset(token: string, password: string) {
  await refreshSession(
    await callApi("POST", `/api/v1/password-reset/${encodeURIComponent(token)}`, { password }),
  );
}
