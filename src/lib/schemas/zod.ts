/**
 * Zod for every schema, with its JIT compiler off. Zod compiles fast parsers with `new Function` when it can, and
 * probes for that while building object schemas; in the browser, under the site's Content-Security-Policy (no eval),
 * even the caught probe is reported as a violation. Configured here, in the module each schema imports first, so it
 * runs before any schema exists in whatever chunk the bundler makes. Parsing stays fast enough for forms and APIs.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
