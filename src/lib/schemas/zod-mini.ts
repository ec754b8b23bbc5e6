/** zod/mini for schemas that run in the browser where size matters, with the JIT off for the reason in ./zod.ts. */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
