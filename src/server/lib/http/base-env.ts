import type { Logger } from "../logger.js";

/** What the shared HTTP plumbing needs on a request's context; the app's own env extends it. */
export interface BaseEnv {
  Variables: {
    requestId: string;
    log: Logger;
  };
}
