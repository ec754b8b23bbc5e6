import { z } from './zod.ts';
import { districtIdSchema, slugSchema } from './common.ts';
import { programTypeSchema } from './program.ts';
import { ageBands, type AgeBandId, type ProgramFilter } from '../program-filters.ts';

const ageBandIdSchema = z.enum(ageBands.map((b) => b.id) as [AgeBandId, ...AgeBandId[]]);

/** A missing or empty value (a form's first option) means the filter is not set: "any". */
const orAny = <T extends z.ZodType<string>>(schema: T, message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? 'any' : v),
    z
      .string(message)
      .refine((v) => v === 'any' || schema.safeParse(v).success, message)
      .transform((v) => v as 'any' | z.infer<T>),
  );

/** The program directory's filter as a query string or a form sends it (town slug, district id, type, age group). */
export const programFilterSchema = z.object({
  town: orAny(slugSchema, 'must be a town from the list'),
  district: orAny(districtIdSchema, 'must be a district from the list'),
  type: orAny(programTypeSchema, 'must be a type of mentoring from the list'),
  ages: orAny(ageBandIdSchema, 'must be an age group from the list'),
}) satisfies z.ZodType<ProgramFilter>;
