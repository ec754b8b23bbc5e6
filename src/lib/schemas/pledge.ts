import { z } from './zod.ts';
import { slugSchema } from './common.ts';
import { locationInputSchema, requireLocation } from './location.ts';
import { checkboxSchema, emailSchema, personNameSchema } from './letter-request.ts';
import { programTypes } from './program.ts';

/** The kinds of mentoring a volunteer may choose: the directory's own types, so programs can be matched to them. */
export const pledgeTypes = programTypes;
export const pledgeTypeLabels: Record<(typeof pledgeTypes)[number], string> = {
  'school-based': 'School-based (in a school, during or after the school day)',
  'site-based': 'Site-based (at a program’s own site)',
  community: 'Community-based (out and about in the community)',
  workplace: 'Workplace (young people visit your workplace)',
  'e-mentoring': 'E-mentoring (online)',
};

/** Ages a volunteer would like to mentor, as bands (years, both ends included) to compare with programs' ranges. */
export const pledgeAgeBands = {
  children: { label: 'Children (5 to 10)', min: 5, max: 10 },
  preteens: { label: 'Pre-teens (11 to 13)', min: 11, max: 13 },
  teens: { label: 'Teens (14 to 18)', min: 14, max: 18 },
  'young-adults': { label: 'Young adults (19 to 24)', min: 19, max: 24 },
} as const;
export const pledgeAgeBandIds = [
  'children',
  'preteens',
  'teens',
  'young-adults',
] as const satisfies readonly (keyof typeof pledgeAgeBands)[];

/** A list from checkboxes: absent or empty means none; one checked box arrives as a single string. */
const checkedList = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(values, { error: message }))
      .max(values.length)
      .transform((list) => [...new Set(list)]),
  );

const LANGUAGE = /^[\p{L}][\p{L}\p{M} '’().-]{0,39}$/u;

/** Languages besides English, typed as "Spanish, Haitian Creole" (or a list from JSON). */
const languagesSchema = z.preprocess(
  (v) => (v === undefined || v === null ? [] : typeof v === 'string' ? v.split(/[,;\n]/) : v),
  z
    .array(z.string({ error: 'List languages as words, separated by commas' }).trim())
    .transform((list) =>
      list.filter((l, i) => l !== '' && list.findIndex((x) => x.toLowerCase() === l.toLowerCase()) === i),
    )
    .pipe(
      z
        .array(z.string().regex(LANGUAGE, 'Write each language as a word of at most 40 letters, separated by commas'))
        .max(10, 'List at most 10 languages'),
    ),
);

/**
 * A pledge to mentor as submitted from a campaign page (form post or JSON): who, where they live (to count it in
 * their districts and point them to programs nearby), what kind of mentoring suits them, and their consent.
 */
export const pledgeRequestSchema = locationInputSchema
  .extend({
    campaign: slugSchema,
    name: personNameSchema,
    email: emailSchema,
    types: checkedList(pledgeTypes, 'Choose kinds of mentoring from the list'),
    ages: checkedList(pledgeAgeBandIds, 'Choose ages from the list'),
    languages: languagesSchema,
    /** the person agrees we keep what the form says, to count the pledge and connect them with programs */
    consent: checkboxSchema.refine((v) => v, 'Tick the box to agree that we keep your pledge'),
    /** honeypot: a field people never see; bots fill it in */
    website: z.preprocess((v) => v ?? '', z.string().max(0, 'Leave the "Website" field empty')),
  })
  .superRefine(requireLocation);

export type PledgeRequest = z.infer<typeof pledgeRequestSchema>;
export type PledgeType = (typeof pledgeTypes)[number];
export type PledgeAgeBand = keyof typeof pledgeAgeBands;

/**
 * The secret in a pledge's confirm and withdraw links: the pledge's id (a salted hash, never the email) and a random
 * part whose hash alone is stored.
 */
export const pledgeTokenSchema = z.object({
  token: z.string().regex(/^[a-f0-9]{32}\.[A-Za-z0-9_-]{20,100}$/, 'This link is not valid'),
});
