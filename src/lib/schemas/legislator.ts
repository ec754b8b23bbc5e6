import { z } from './zod.ts';
import { chamberSchema, districtIdSchema, slugSchema, sourceUrlSchema } from './common.ts';

/** A seat on a committee, as Open States records it, joined to the committee's own record. */
export const committeeSeatSchema = z.object({
  committeeId: z.string(),
  committeeSlug: slugSchema,
  name: z.string(),
  /** joint committees belong to both chambers */
  chamber: z.enum(['house', 'senate', 'joint']),
  role: z.string(),
});

/** One sitting member of the Massachusetts House or Senate (content/legislators.json, from Open States). */
export const legislatorSchema = z.object({
  id: z.string().regex(/^ocd-person\/[0-9a-f-]{36}$/),
  slug: slugSchema,
  name: z.string().min(1),
  givenName: z.string(),
  familyName: z.string(),
  chamber: chamberSchema,
  /** the join key: "7th Hampden", "First Middlesex" */
  district: z.string().min(1),
  districtId: districtIdSchema,
  districtSlug: slugSchema,
  party: z.string(),
  email: z.email(),
  capitolOffice: z.object({ address: z.string().nullable(), phone: z.string().nullable(), fax: z.string().nullable() }),
  districtOffices: z.array(z.object({ address: z.string(), phone: z.string().nullable() })),
  /** the official photo, linked from malegislature.gov and never copied */
  photoUrl: sourceUrlSchema.nullable(),
  profileUrl: sourceUrlSchema.nullable(),
  memberCode: z.string().nullable(),
  servingSince: z.iso.date().nullable(),
  committees: z.array(committeeSeatSchema),
  sources: z.array(sourceUrlSchema),
});

export type Legislator = z.infer<typeof legislatorSchema>;
export type CommitteeSeat = z.infer<typeof committeeSeatSchema>;
