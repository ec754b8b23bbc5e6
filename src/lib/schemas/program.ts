import { z } from 'zod';
import { sourceUrlSchema } from './common.ts';

export const programTypeSchema = z.enum(['school-based', 'site-based', 'community', 'workplace', 'e-mentoring']);

/** A mentoring program in the directory (content/programs/*.yaml). */
export const programSchema = z.object({
  name: z.string().min(1),
  organization: z.string().min(1),
  town: z.string().min(1),
  /** "town": placed at the town centre because no street address is published */
  precision: z.enum(['address', 'town']),
  location: z.object({ lat: z.number().min(41).max(43.1), lon: z.number().min(-73.6).max(-69.8) }),
  types: z.array(programTypeSchema).min(1),
  ages: z.string().optional(),
  focus: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  website: sourceUrlSchema.optional(),
  description: z.string().optional(),
  source: z.string().describe('where the listing comes from'),
});

export type Program = z.infer<typeof programSchema>;
export type ProgramType = z.infer<typeof programTypeSchema>;
