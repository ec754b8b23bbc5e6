import { z } from './zod.ts';

/**
 * A confirmation link as stored (src/lib/store-keys.ts, `confirmationKeys`): never its secret, only the secret's hash,
 * and until when the link works. Every read parses it: a corrupt entry confirms nothing.
 */
export const confirmationSchema = z.object({
  /** sha256 of the link's secret, as in the key: compared again in constant time on every look-up */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  /** null: the link lives as long as what it confirms (a pledge's link also withdraws it, at any time) */
  expiresAt: z.string().nullable(),
  /** the campaign of a letter or pledge, so its record can be read; absent for budget alerts */
  campaign: z.string().optional(),
});
export type Confirmation = z.infer<typeof confirmationSchema>;
