// Imported first by every client script that uses zod. Zod compiles fast parsers with `new Function` when it may;
// our Content-Security-Policy forbids eval, and even zod's caught probe for it is reported as a CSP violation.
// Jitless parsing is plenty fast for a form.
import { config } from 'zod';

config({ jitless: true });
