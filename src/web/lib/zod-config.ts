import { z } from "zod";

// Kontor's Content-Security-Policy forbids eval. Zod probes for it (and logs a CSP violation)
// when a schema is built, unless told not to; this module is imported before any schema exists.
z.config({ jitless: true });
