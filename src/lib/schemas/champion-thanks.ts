import { z } from './zod.ts';
import { slugSchema } from './common.ts';
import { emailSchema, personNameSchema } from './letter-request.ts';

const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/**
 * A one-click thank-you to a mentoring champion. The champion is named by slug only: the server accepts only slugs
 * in content/champions.yaml and finds the address in its own legislator data, so nobody can email anyone else.
 */
export const championThanksSchema = z.object({
  champion: slugSchema,
  name: personNameSchema,
  email: emailSchema,
  town: z
    .string({ error: 'Enter your city or town' })
    .trim()
    .min(1, 'Enter your city or town')
    .max(80, 'Use at most 80 characters for your town')
    .refine((v) => !CONTROL.test(v), 'Your town must be on one line')
    .refine((v) => !/[<>]/.test(v), 'Your town cannot contain < or >'),
  /** honeypot: a field people never see; bots fill it in */
  website: z.preprocess((v) => v ?? '', z.string().max(0, 'Leave the "Website" field empty')),
});

export type ChampionThanks = z.infer<typeof championThanksSchema>;

/** A thank-you as stored (the "champion-thanks" store). Every read parses it. */
export const championThanksRecordSchema = z.object({
  id: z.string(),
  champion: z.string(),
  legislatorId: z.string(),
  createdAt: z.string(),
  sender: z.object({ name: z.string(), email: z.string(), town: z.string() }),
  status: z.enum(['queued', 'sent', 'failed']),
  sentAt: z.string().optional(),
  lastError: z.string().optional(),
});
export type ChampionThanksRecord = z.infer<typeof championThanksRecordSchema>;
