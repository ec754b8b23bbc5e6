import { z } from './zod.ts';

/** The closed set of error codes an API reply may carry; clients and tests branch on these, never on messages. */
export const apiErrorCodeSchema = z.enum([
  'validation_error',
  'not_found',
  'method_not_allowed',
  'forbidden',
  'unauthorized',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  /** a place or point outside the area the toolkit serves (Massachusetts) */
  'out_of_area',
  'upstream_unavailable',
  'send_failed',
  'internal_error',
  /** a deployment missing a setting it needs (named in /api/health and the function log, never to visitors) */
  'not_configured',
]);

/** Every failing API reply: `{ error: { code, message, fields? } }`, fields naming the inputs to fix. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
