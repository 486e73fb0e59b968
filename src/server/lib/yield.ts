/**
 * Lets pending I/O (other requests, their answers) run. The embedded database answers from the
 * same thread without ever waiting on a socket, so a long run of queries would otherwise starve
 * every other request until it ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
