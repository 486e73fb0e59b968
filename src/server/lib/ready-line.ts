/**
 * For the person who ran `npm start`: where Kontor is, as a plain line on stderr. The log stays
 * JSON lines on stdout, for tools; LOG_LEVEL=silent prints neither.
 */
export function announceReady(out: { write(text: string): unknown }, url: string, logLevel: string): void {
  if (logLevel !== "silent") out.write(`Kontor is ready on ${url}\n`);
}
