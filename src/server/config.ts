/**
 * Every setting the functions use, read from the environment in one place (inside handlers, never at import time),
 * validated, with local defaults so the README's first command needs no configuration. Nothing else reads
 * process.env for settings: a function passes process.env to readConfig (or checkConfig) and uses what comes back.
 * The README's Configuration table documents each variable read here.
 */
import { z } from 'zod';
import { site } from '../config/site.ts';

/** The salt a local run uses: public, so a deployed site must never use it. */
export const LOCAL_SALT = 'local-salt';

/** The staff session secret a local run signs with: public, so a deployed site must never use it. */
export const LOCAL_STAFF_SESSION_SECRET = 'local-staff-session-secret-never-deployed';
/** Who may sign in to the staff console on a local run (README: Staff console); never on a deployed site. */
export const LOCAL_STAFF_EMAIL = 'staff@localhost.test';

/** STAFF_EMAILS: comma-separated addresses, compared in lower case; each must be an email address. */
const staffEmailsSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email({ message: 'must be email addresses separated by commas' })).min(1, 'must list an address'));

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const days = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const paceSchema = z
  .string()
  .regex(/^\d+\/\d+[smh]$/, 'must look like 100/30m')
  .transform((v) => {
    const [count, span] = v.split('/') as [string, string];
    const unit = { s: 1000, m: 60_000, h: 3_600_000 }[span.slice(-1) as 's' | 'm' | 'h'];
    return { max: Number(count), windowMs: Number(span.slice(0, -1)) * unit };
  });

/**
 * A sender: a bare address (`no-reply@massmentors.org`) or the display-name form the README shows
 * (`Take Action for Mentoring <no-reply@massmentors.org>`, the name optionally in double quotes).
 */
export const mailboxSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const named = /^(?:"([^"\r\n]*)"|([^<>"\r\n]*?))\s*<([^<>\s]+)>$/.exec(value);
    const address = named ? named[3]! : value;
    const name = named ? (named[1] ?? named[2] ?? '').trim() : '';
    if (!z.email().safeParse(address).success) {
      ctx.addIssue({ code: 'custom', message: 'must be an email address, or Name <address>' });
      return z.NEVER;
    }
    return { address, name: name || null, header: value };
  });

/** Each variable's schema; an empty value counts as unset. CENSUS_* are soft: a typo falls back to the default. */
const variables = {
  CONTEXT: z.string().optional(),
  URL: z.url().optional(),
  MAIL_FROM: mailboxSchema.optional(),
  STAFF_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  OUTBOX_DIR: z.string().default('.outbox'),
  /** Resend's API limit for the account: 2 requests per second unless Resend has raised it */
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().default(2),
  CENSUS_GEOCODER_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  CENSUS_GEOCODER_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .max(20_000)
    .optional(),
  /** a Nominatim-style geocoder asked when the Census one is down, slow or finds nothing (src/server/geocoder.ts) */
  FALLBACK_GEOCODER_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  FALLBACK_GEOCODER_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .max(20_000)
    .optional(),
  /** at most this many letters to one legislator per window: legislatures' filters drop floods from one sender */
  LETTER_PACE: paceSchema.default({ max: 100, windowMs: 30 * 60_000 }),
  LETTERS_PER_EMAIL_PER_DAY: count(5),
  LETTERS_PER_IP_PER_HOUR: count(30),
  /** new pledges (each sends a confirmation email) from one connection per hour: the form must not mail-bomb */
  PLEDGES_PER_IP_PER_HOUR: count(20),
  ALERT_SIGNUPS_PER_IP_PER_HOUR: count(20),
  CHAMPION_THANKS_PER_IP_PER_HOUR: count(20),
  /** each request emails staff: a flood from one connection must not flood their inbox */
  TA_REQUESTS_PER_IP_PER_HOUR: count(5),
  PROGRAM_SUBMISSIONS_PER_IP_PER_HOUR: count(10),
  /** confirmation emails to one address a day, across letters, pledges and alert sign-ups: no mail-bombing a victim */
  CONFIRMATIONS_PER_ADDRESS_PER_DAY: count(3),
  /** call outcomes counted from one connection per hour: a person calls two offices, a school's network more */
  CALLS_PER_IP_PER_HOUR: count(30),
  /** days a "this visitor's call to this legislator is counted" marker (an HMAC of the address) is kept */
  CALL_MARKER_DAYS: days(30),
  LETTER_RETENTION_DAYS: days(90),
  TA_REQUEST_RETENTION_DAYS: days(180),
  ALLOWED_ORIGINS: z.string().optional(),
  RATE_LIMIT_SALT: z.string().optional(),
  /** who may sign in to the staff console (src/server/staff/) */
  STAFF_EMAILS: staffEmailsSchema.optional(),
  /** signs staff session cookies (HS256): at least 32 characters, random */
  STAFF_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** the signing secret of Resend's webhook (whsec_...): delivery events are verified with it */
  RESEND_WEBHOOK_SECRET: z.string().min(8, 'must be the signing secret Resend shows (whsec_...)').optional(),
} satisfies Record<string, z.ZodType>;
type Variable = keyof typeof variables;
type Values = { [K in Variable]: z.output<(typeof variables)[K]> };
const SOFT: Variable[] = [
  'CENSUS_GEOCODER_URL',
  'CENSUS_GEOCODER_TIMEOUT_MS',
  'FALLBACK_GEOCODER_URL',
  'FALLBACK_GEOCODER_TIMEOUT_MS',
];

/** What a deployed site must set: without these it would fake, forge or drop something. */
const REQUIRED_WHEN_DEPLOYED: { variable: Variable; why: string; fatal: boolean }[] = [
  {
    variable: 'RATE_LIMIT_SALT',
    why: 'must be set to a long random value on a deployed site (the public default makes ids and links forgeable)',
    fatal: true,
  },
  { variable: 'MAIL_FROM', why: 'must be set on a deployed site: nothing is emailed without it', fatal: false },
  { variable: 'RESEND_API_KEY', why: 'must be set on a deployed site: email stays queued without it', fatal: false },
  {
    variable: 'STAFF_EMAIL',
    why: 'must be set on a deployed site: staff are not told of technical-assistance requests',
    fatal: false,
  },
  { variable: 'ADMIN_TOKEN', why: 'must be set on a deployed site: staff exports refuse everyone', fatal: false },
  {
    variable: 'STAFF_EMAILS',
    why: 'must be set on a deployed site: nobody can sign in to the staff console',
    fatal: false,
  },
  {
    variable: 'STAFF_SESSION_SECRET',
    why: 'must be set to a long random value on a deployed site: the staff console refuses everyone without it',
    fatal: false,
  },
];

/** A setting that is wrong or missing: the variable's name and what is wrong, never its value. */
export type ConfigProblem = {
  variable: string;
  message: string;
  /** the functions refuse to run with it (a malformed value, or a secret left at its public default) */
  fatal: boolean;
};

export type AppConfig = {
  siteUrl: string;
  /** the sending address on the organization's domain, or null when not configured (then nothing is sent) */
  mailFrom: string | null;
  /** the display name emails come from: MAIL_FROM's own name, or the site's */
  senderName: string;
  /** MAIL_FROM as set (either form), for staff notices; null when unset */
  mailFromHeader: string | null;
  /** who is told about technical-assistance requests, or null */
  staffEmail: string | null;
  /** the bearer token of the staff exports (16+ characters), or undefined: then they refuse everyone */
  adminToken: string | undefined;
  pace: { max: number; windowMs: number };
  limits: {
    lettersPerEmailPerDay: number;
    lettersPerIpPerHour: number;
    pledgesPerIpPerHour: number;
    alertSignupsPerIpPerHour: number;
    championThanksPerIpPerHour: number;
    taRequestsPerIpPerHour: number;
    programSubmissionsPerIpPerHour: number;
    confirmationsPerAddressPerDay: number;
  };
  /** call outcomes counted per connection and hour; days the once-per-visitor marker is kept */
  calls: { perIpPerHour: number; markerDays: number };
  retentionDays: { letters: number; taRequests: number };
  /** calls per second to the mail provider for the whole account; the mail engine shares it across instances */
  sendPerSecond: number;
  /** Resend's webhook signing secret, or null: then delivery events are refused */
  webhookSecret: string | null;
  /**
   * The staff console: who may sign in (lower case) and the session cookie's signing secret. Locally both have
   * public defaults (LOCAL_STAFF_EMAIL, LOCAL_STAFF_SESSION_SECRET); deployed without them, nobody is on the list
   * and the secret is null, so the console refuses everyone.
   */
  staff: { emails: string[]; sessionSecret: string | null };
  mailer: { resendApiKey: string | undefined; resendBaseUrl: string | undefined; outboxDir: string; deployed: boolean };
  geocoder: {
    baseUrl: string | undefined;
    timeoutMs: number | undefined;
    fallbackUrl: string | undefined;
    fallbackTimeoutMs: number | undefined;
  };
  allowedOrigins: string[];
  salt: string;
  local: boolean;
  context: string;
};

/** Thrown when a function cannot run safely with these settings; names the variables, never their values. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`bad configuration: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads every setting and lists what is wrong with them, without throwing: /api/health shows the list. */
export function checkConfig(env: Record<string, string | undefined>): { config: AppConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const values = {} as Record<Variable, unknown>;
  for (const [name, schema] of Object.entries(variables) as [Variable, z.ZodType][]) {
    const raw = env[name] === '' ? undefined : env[name];
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      values[name] = parsed.data;
    } else {
      const message = parsed.error.issues[0]?.message ?? 'is not valid';
      problems.push({ variable: name, message, fatal: !SOFT.includes(name) });
      values[name] = schema.safeParse(undefined).data;
    }
  }
  const e = values as Values;
  const local = !e.CONTEXT || e.CONTEXT === 'dev';
  if (!local) {
    const missing = (name: Variable) =>
      e[name] === undefined ||
      (name === 'RATE_LIMIT_SALT' && e[name] === LOCAL_SALT) ||
      (name === 'STAFF_SESSION_SECRET' && e[name] === LOCAL_STAFF_SESSION_SECRET);
    for (const r of REQUIRED_WHEN_DEPLOYED) {
      if (!missing(r.variable) || problems.some((p) => p.variable === r.variable)) continue;
      problems.push({ variable: r.variable, message: r.why, fatal: r.fatal });
    }
  }
  const config: AppConfig = {
    siteUrl: (e.URL ?? 'http://localhost:4321').replace(/\/$/, ''),
    mailFrom: e.MAIL_FROM?.address ?? (local ? 'letters@example.org' : null),
    senderName: e.MAIL_FROM?.name ?? site.name,
    mailFromHeader: e.MAIL_FROM?.header ?? null,
    staffEmail: e.STAFF_EMAIL ?? null,
    adminToken: e.ADMIN_TOKEN,
    pace: e.LETTER_PACE,
    limits: {
      lettersPerEmailPerDay: e.LETTERS_PER_EMAIL_PER_DAY,
      lettersPerIpPerHour: e.LETTERS_PER_IP_PER_HOUR,
      pledgesPerIpPerHour: e.PLEDGES_PER_IP_PER_HOUR,
      alertSignupsPerIpPerHour: e.ALERT_SIGNUPS_PER_IP_PER_HOUR,
      championThanksPerIpPerHour: e.CHAMPION_THANKS_PER_IP_PER_HOUR,
      taRequestsPerIpPerHour: e.TA_REQUESTS_PER_IP_PER_HOUR,
      programSubmissionsPerIpPerHour: e.PROGRAM_SUBMISSIONS_PER_IP_PER_HOUR,
      confirmationsPerAddressPerDay: e.CONFIRMATIONS_PER_ADDRESS_PER_DAY,
    },
    calls: { perIpPerHour: e.CALLS_PER_IP_PER_HOUR, markerDays: e.CALL_MARKER_DAYS },
    retentionDays: { letters: e.LETTER_RETENTION_DAYS, taRequests: e.TA_REQUEST_RETENTION_DAYS },
    sendPerSecond: e.RESEND_REQUESTS_PER_SECOND,
    webhookSecret: e.RESEND_WEBHOOK_SECRET ?? null,
    staff: {
      emails: e.STAFF_EMAILS ?? (local ? [LOCAL_STAFF_EMAIL] : []),
      sessionSecret: staffSecret(e.STAFF_SESSION_SECRET, local),
    },
    mailer: {
      resendApiKey: e.RESEND_API_KEY,
      resendBaseUrl: e.RESEND_BASE_URL,
      outboxDir: e.OUTBOX_DIR,
      deployed: !local,
    },
    geocoder: {
      baseUrl: e.CENSUS_GEOCODER_URL,
      timeoutMs: e.CENSUS_GEOCODER_TIMEOUT_MS,
      fallbackUrl: e.FALLBACK_GEOCODER_URL,
      fallbackTimeoutMs: e.FALLBACK_GEOCODER_TIMEOUT_MS,
    },
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    salt: e.RATE_LIMIT_SALT ?? LOCAL_SALT,
    local,
    context: e.CONTEXT ?? 'dev',
  };
  if (problems.length > 0) logOnce(problems);
  return { config, problems };
}

/** The session secret to sign with: the local default only on a local run; never the public one when deployed. */
function staffSecret(value: string | undefined, local: boolean): string | null {
  if (local) return value ?? LOCAL_STAFF_SESSION_SECRET;
  return value && value !== LOCAL_STAFF_SESSION_SECRET ? value : null;
}

const logged = new Set<string>();
/** One console.error line per distinct set of problems per function instance: said once, not on every request. */
function logOnce(problems: ConfigProblem[]): void {
  const line = `configuration: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`;
  if (logged.has(line)) return;
  logged.add(line);
  console.error(line);
}

/** The last settings read, by the values they were read from: a warm instance reads the same ones every request. */
let lastRead: { values: string; config: AppConfig } | null = null;

/**
 * Reads the settings; throws a ConfigError naming the variables a function cannot safely run without. Each request
 * reads them (never at import time), but checking every variable with its schema took about 2% of a letter
 * request's CPU in a surge: unchanged values give back the config they gave last time (nothing mutates a config).
 */
export function readConfig(env: Record<string, string | undefined>): AppConfig {
  const values = Object.keys(variables)
    .map((name) => env[name] ?? '')
    .join('\u0000');
  if (lastRead?.values === values) return lastRead.config;
  const { config, problems } = checkConfig(env);
  const fatal = problems.filter((p) => p.fatal);
  if (fatal.length > 0) throw new ConfigError(fatal);
  lastRead = { values, config };
  return config;
}
