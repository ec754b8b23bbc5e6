// What a person would see of a refused input: each field's path and its message, from a zod safeParse result.
import type { z } from 'zod';

/** [field path, message] for every issue, or [] when the input was accepted. */
export function problems(result: z.ZodSafeParseResult<unknown>): [string, string][] {
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

/** The messages given for one field. */
export function messagesFor(result: z.ZodSafeParseResult<unknown>, field: string): string[] {
  return problems(result)
    .filter(([path]) => path === field)
    .map(([, message]) => message);
}
