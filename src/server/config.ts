/**
 * Settings read from the environment inside handlers (never at import time), validated, with local defaults so the
 * README's first command needs no configuration.
 */
import { z } from 'zod';
import { site } from '../config/site.ts';

const paceSchema = z
  .string()
  .regex(/^\d+\/\d+[smh]$/, 'LETTER_PACE must look like 100/30m')
  .transform((v) => {
    const [count, span] = v.split('/') as [string, string];
    const unit = { s: 1000, m: 60_000, h: 3_600_000 }[span.slice(-1) as 's' | 'm' | 'h'];
    return { max: Number(count), windowMs: Number(span.slice(0, -1)) * unit };
  });

const envSchema = z.object({
  CONTEXT: z.string().optional(),
  URL: z.url().optional(),
  MAIL_FROM: z.email().optional(),
  /** at most this many letters to one legislator per window: legislatures' filters drop floods from one sender */
  LETTER_PACE: paceSchema.default({ max: 100, windowMs: 30 * 60_000 }),
  LETTERS_PER_EMAIL_PER_DAY: z.coerce.number().int().positive().default(5),
  LETTERS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** new pledges (each sends a confirmation email) from one connection per hour: the form must not mail-bomb */
  PLEDGES_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** call outcomes counted from one connection per hour: a person calls two offices, a school's network more */
  CALLS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(30),
  /** days a "this visitor's call to this legislator is counted" marker (an HMAC of the address) is kept */
  CALL_MARKER_DAYS: z.coerce.number().int().positive().default(30),
  /** Resend's API limit for the account: 2 requests per second unless Resend has raised it */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().default(2),
  ALLOWED_ORIGINS: z.string().optional(),
  RATE_LIMIT_SALT: z.string().optional(),
});

export type AppConfig = {
  siteUrl: string;
  /** the sending address on the organization's domain, or null when not configured (then nothing is sent) */
  mailFrom: string | null;
  senderName: string;
  pace: { max: number; windowMs: number };
  limits: { lettersPerEmailPerDay: number; lettersPerIpPerHour: number; pledgesPerIpPerHour: number };
  calls: { perIpPerHour: number; markerDays: number };
  /** how many calls per second one function instance makes to the mail provider */
  sendPerSecond: number;
  allowedOrigins: string[];
  salt: string;
  local: boolean;
};

/** Reads the settings; throws a message naming the bad variable (a deployment error, never a visitor's). */
export function readConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`bad configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  const local = !e.CONTEXT || e.CONTEXT === 'dev';
  return {
    siteUrl: (e.URL ?? 'http://localhost:4321').replace(/\/$/, ''),
    mailFrom: e.MAIL_FROM ?? (local ? 'letters@example.org' : null),
    senderName: site.name,
    pace: e.LETTER_PACE,
    limits: { lettersPerEmailPerDay: e.LETTERS_PER_EMAIL_PER_DAY, lettersPerIpPerHour: e.LETTERS_PER_IP_PER_HOUR, pledgesPerIpPerHour: e.PLEDGES_PER_IP_PER_HOUR },
    calls: { perIpPerHour: e.CALLS_PER_IP_PER_HOUR, markerDays: e.CALL_MARKER_DAYS },
    sendPerSecond: e.RESEND_REQUESTS_PER_SECOND,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    salt: e.RATE_LIMIT_SALT ?? 'local-salt',
    local,
  };
}
