import { z } from './zod.ts';
import { sourceUrlSchema } from './common.ts';

const optionalText = z.string().trim().min(1).max(120).nullable();

/**
 * content/contact.yaml: who officials can reach about mentoring, printed on every district's brief. A person only
 * once the organization names one publicly; until then the organization's own public contact stands alone.
 */
export const contactSchema = z.object({
  /** the named person, or null while the organization has named nobody */
  name: optionalText,
  /** their role at the organization */
  role: optionalText,
  email: z.email().nullable(),
  phone: optionalText,
  /** the organization's public contact page or website: always printed */
  web: sourceUrlSchema,
  /** a public page that names the person (or gives the contact details) */
  source: sourceUrlSchema,
});

export type Contact = z.infer<typeof contactSchema>;
