import type { Engine } from "../../../src/store/store.js";
import { signIn, suiteBrowser } from "./browser.js";
import type { Person } from "./desk.js";
import { remote } from "./remote.js";
import { suiteServer } from "./servers.js";

/**
 * What a browser suite on `engine` works with: a real server, a browser, the server's API as the
 * admin, and `signedIn` to open a page signed in as a person (desktop size unless told).
 */
export function suiteDesk(engine: Engine, env?: () => Promise<Record<string, string>>) {
  const server = suiteServer(engine, env);
  const browser = suiteBrowser();
  const api = () => remote(server.url);
  const signedIn = async (person: Person, viewport?: { width: number; height: number }) => {
    const page = await (await browser.context(viewport)).newPage();
    await signIn(page, server.url, person.email, person.password);
    return page;
  };
  return { server, browser, api, signedIn };
}
