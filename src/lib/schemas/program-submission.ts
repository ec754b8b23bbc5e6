import { z } from './zod.ts';
import type { Locale } from '../../i18n/locales.ts';
import { massachusettsTowns } from './ta-request.ts';
import { programTypes, type ProgramType } from './program.ts';
import { slugSchema } from './common.ts';
import { checkboxSchema } from './letter-request.ts';

const townNames = new Map(massachusettsTowns.map((t) => [t.toLowerCase(), t]));

/** Limits that keep one request a small stored record and a readable row in the staff export. */
export const programSubmissionLimits = { field: 200, towns: 40, message: 2000 } as const;

const text = (message: string, max: number = programSubmissionLimits.field) =>
  z.string(message).trim().min(1, message).max(max, `Keep this under ${max} characters`);
const optionalText = (max: number = programSubmissionLimits.field) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .optional()
    .transform((v) => v || undefined);
/**
 * A list the form sends as one line ("Boston; Chelsea") or a script as an array. Problems are the list's own (one
 * message beside the field), never an item's.
 */
const listOf = (max: number, tooMany: string, itemMax = 60) =>
  z
    .union([z.string(), z.array(z.string())], 'List them as words')
    .optional()
    .transform((v) => v ?? [])
    .transform((v) => (Array.isArray(v) ? v : v.split(/[;,\n]/)).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .max(max, tooMany)
        .refine((list) => list.every((s) => s.length <= itemMax), `Keep each one under ${itemMax} characters`),
    )
    .transform((list) => [...new Set(list)]);

const tooManyTowns = `List at most ${programSubmissionLimits.towns} towns, or none for a statewide program`;

/**
 * A program asking to be listed in the directory, or to have its listing corrected (POST /api/program-submissions).
 * Stored pending until staff approve it; nothing here is published before then.
 */
export const programSubmissionSchema = z.object({
  name: text("Enter the program's name"),
  organization: text('Enter the organization that runs it'),
  /** the listed program this corrects (its slug), when it is a correction */
  program: z
    .union([slugSchema, z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  towns: listOf(programSubmissionLimits.towns, tooManyTowns).transform((list, ctx) => {
    const unknown = list.find((t) => !townNames.has(t.toLowerCase()));
    if (unknown) ctx.addIssue({ code: 'custom', message: `"${unknown}" is not a Massachusetts city or town` });
    return list.map((t) => townNames.get(t.toLowerCase()) ?? t);
  }),
  kinds: z
    .union([z.string(), z.array(z.string())], 'Choose at least one kind of mentoring')
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .pipe(
      z
        .array(z.string())
        .min(1, 'Choose at least one kind of mentoring')
        .refine((list) => list.every((k) => (programTypes as readonly string[]).includes(k)), 'Choose from the list'),
    )
    .transform((list) => list as ProgramType[]),
  ages: text('Enter the ages or grades you serve, like 8-18 or grades 6-8', 80),
  languages: listOf(10, 'List at most 10 languages', 40),
  website: z
    .union([
      z.literal(''),
      z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' }).max(300, 'Keep this short'),
    ])
    .optional()
    .transform((v) => v || undefined),
  email: z
    .string('Enter a contact email')
    .trim()
    .max(254, 'Keep this under 254 characters')
    .pipe(z.email('Enter an email address like name@example.org')),
  message: optionalText(programSubmissionLimits.message),
  consent: checkboxSchema.refine((v) => v, 'Tick the box to agree that we list the program and may contact you'),
});

export type ProgramSubmission = z.infer<typeof programSubmissionSchema>;

/** A request as stored: the answers, its state, and when it arrived. */
export type StoredProgramSubmission = ProgramSubmission & {
  id: string;
  status: 'pending' | 'approved' | 'rejected';
  receivedAt: string;
  updatedAt: string;
  /** how many times the same request arrived (a repeat collapses onto the first) */
  repeats: number;
  confirmation: { status: 'pending' | 'sent' | 'failed'; code?: string };
  /** when staff approved or rejected it in the console (the export's decision column says which) */
  decidedAt?: string;
  /** the language of the form it came from, for the emails to its contact; absent (older records) means English */
  lang?: Locale;
};
