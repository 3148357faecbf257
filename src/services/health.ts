/** Answers once the store takes statements: what `/health` waits for. */
export { ping as storeReady } from "../store/queries/system.js";
