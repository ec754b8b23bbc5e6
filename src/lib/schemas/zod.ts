/**
 * Zod for every schema, with its JIT compiler off. Zod compiles fast parsers with `new Function` when it can, and
 * probes for that while building object schemas; in the browser, under the site's Content-Security-Policy (no eval),
 * even the caught probe is reported as a violation. Configured here, in the module each schema imports first, so it
 * runs before any schema exists in whatever chunk the bundler makes. Parsing stays fast enough for forms and APIs.
 */
import { config, z } from 'zod';

// Words a person can act on, for every field whose schema gives none: zod's own ("Invalid input: expected string,
// received undefined") reach people through forms and API replies. A schema's own message still comes first.
config({
  jitless: true,
  customError: (issue) => {
    if (issue.code === 'invalid_type')
      return issue.input === undefined || issue.input === ''
        ? 'Fill in this field'
        : 'This answer is not in a form we can read';
    if (issue.code === 'too_small' && issue.origin === 'string')
      return Number(issue.minimum) <= 1 ? 'Fill in this field' : `Use at least ${issue.minimum} characters`;
    if (issue.code === 'too_big' && issue.origin === 'string') return `Use at most ${issue.maximum} characters`;
    if (issue.code === 'too_small' && issue.origin === 'array') return 'Choose at least one';
    if (issue.code === 'invalid_format' && issue.format === 'email')
      return 'Enter an email address like name@example.com';
    if (issue.code === 'invalid_value') return 'Choose one of the options';
    return undefined;
  },
});

export { z };
