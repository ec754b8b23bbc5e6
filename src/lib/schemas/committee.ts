import { z } from './zod.ts';
import { slugSchema, sourceUrlSchema } from './common.ts';

/** A committee of the General Court with its members and their roles (content/committees.json, from Open States). */
export const committeeSchema = z.object({
  id: z.string().regex(/^ocd-organization\/[0-9a-f-]{36}$/),
  slug: slugSchema,
  name: z.string().min(1),
  chamber: z.enum(['house', 'senate', 'joint']),
  url: sourceUrlSchema.nullable(),
  members: z.array(
    z.object({
      /** null when Open States could not match the member to a sitting legislator */
      legislatorId: z.string().nullable(),
      name: z.string(),
      role: z.string(),
    }),
  ),
});

export type Committee = z.infer<typeof committeeSchema>;
