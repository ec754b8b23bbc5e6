import { z } from './zod.ts';
import { NOT_ONE_LINE } from './common.ts';
import places from '../../../content/places.json';
import { trainings } from '../../config/trainings.ts';

/** What a school or program can ask for: one of the trainings, or something else (described in the message). */
export const helpTopics = [...trainings.map((t) => t.id), 'other'] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** How each topic reads in the form and in the email to staff. */
export const helpTopicLabels = Object.fromEntries([
  ...trainings.map((t) => [t.id, t.name]),
  ['other', 'Something else'],
]) as Record<HelpTopic, string>;

/** The 351 cities and towns, as the official list spells them: what the form offers and the function accepts. */
export const massachusettsTowns: string[] = (places as { towns: { town: string }[] }).towns.map((t) => t.town);
const townNames = new Map(massachusettsTowns.map((t) => [t.toLowerCase(), t]));

/** Limits that keep one request a readable email and a small stored record. */
export const taRequestLimits = { message: 3000, field: 200 } as const;

/** A one-line answer: it goes into the staff email's subject and its "Name:" lines. */
const text = (label: string, max: number = taRequestLimits.field) =>
  z
    .string(`${label}`)
    .trim()
    .min(1, label)
    .max(max, `Keep this under ${max} characters`)
    .refine((v) => !NOT_ONE_LINE.test(v), 'Keep this on one line, without special characters');

/**
 * A request for technical assistance or training from a school or program (POST /api/ta-requests). The form sends
 * it as fields; a script sends it as JSON with the same names.
 */
export const taRequestSchema = z
  .object({
    name: text('Enter your name', 120),
    organization: text('Enter your school or organization'),
    role: text('Enter your role, for example teacher, principal or program director', 120),
    email: z
      .string('Enter your email address')
      .trim()
      .max(254, 'Keep this under 254 characters')
      .pipe(z.email('Enter an email address like name@example.org')),
    /** a Massachusetts city or town, spelled as the official list spells it */
    town: z
      .string('Enter your city or town')
      .trim()
      .min(1, 'Enter your city or town')
      .transform((t, ctx) => {
        const name = townNames.get(t.toLowerCase());
        if (!name) ctx.addIssue({ code: 'custom', message: 'Enter a Massachusetts city or town from the list' });
        return name ?? t;
      }),
    help: z
      .array(z.string(), 'Choose at least one kind of help')
      .min(1, 'Choose at least one kind of help')
      .refine((list) => list.every((h) => (helpTopics as readonly string[]).includes(h)), 'Choose from the list')
      .transform((list) => [...new Set(list)] as HelpTopic[]),
    message: z
      .string()
      .trim()
      .max(taRequestLimits.message, `Keep your message under ${taRequestLimits.message} characters`)
      .default(''),
    consent: z.literal(true, 'Tick the box so we may contact you about this request'),
  })
  .refine((r) => !r.help.includes('other') || r.message.length > 0, {
    path: ['message'],
    error: 'Tell us what help you need',
  });

export type TaRequest = z.infer<typeof taRequestSchema>;

/**
 * A request as stored: the answers, when they arrived, and whether staff have been told. Every read parses it (the
 * answers' shape, not the form's rules, which may have changed since it was stored).
 */
export const storedTaRequestSchema = z.object({
  name: z.string(),
  organization: z.string(),
  role: z.string(),
  email: z.string(),
  town: z.string(),
  help: z.array(z.enum(helpTopics)),
  message: z.string(),
  consent: z.literal(true),
  id: z.string(),
  receivedAt: z.string(),
  notification: z.object({
    status: z.enum(['pending', 'sent', 'failed', 'not_configured']),
    attempts: z.number().int().min(0),
    lastAttemptAt: z.string().optional(),
    messageId: z.string().optional(),
    /** the mail provider's error name, for staff; never shown to the visitor */
    code: z.string().optional(),
  }),
});
export type StoredTaRequest = z.infer<typeof storedTaRequestSchema>;
