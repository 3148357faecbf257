import { toApiError } from "../../api/client";

/** Waits for an operation that answers 204 (no body), throwing the API's error otherwise. */
export async function noContent(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw toApiError(response.status, error);
}
