/**
 * The staff audit log: who did what, when, for every staff action (sign-in, sign-out, and each action the console
 * takes). One record per action in the staff store, keyed by day then time, so a day's entries are one prefix scan;
 * kept a year, then the daily privacy purge deletes them (purgeStaffRecords).
 */
import { z } from 'zod';
import { readRecord, type JsonStore } from '../store.ts';
import { randomToken } from './session.ts';

export type AuditDeps = { store: JsonStore; now: () => Date };

export type StaffAction = {
  /** who: the signed-in address */
  email: string;
  /** what, as a short verb phrase in kebab-case ("sign-in", "approve-program") */
  action: string;
  /** what it was done to (a campaign, a program id), when there is one */
  target?: string;
  /** anything else worth knowing later, in words; never personal data of the public */
  detail?: string;
};

const entrySchema = z.object({
  at: z.iso.datetime(),
  email: z.string(),
  action: z.string(),
  target: z.string().optional(),
  detail: z.string().optional(),
});
export type AuditEntry = z.infer<typeof entrySchema>;

const DAY_MS = 86_400_000;
/** Entries are kept this long (README: Staff console). */
export const AUDIT_RETENTION_DAYS = 365;

export const auditKeys = {
  all: 'audit/',
  day: (day: string) => `audit/${day}/`,
  entry: (at: Date) => `audit/${at.toISOString().slice(0, 10)}/${at.toISOString()}-${randomToken(6)}`,
  dayOf: (key: string) => key.slice('audit/'.length, 'audit/'.length + 10),
};

/** Writes one staff action to the audit log, stamped with the clock's now. */
export async function recordStaffAction(deps: AuditDeps, action: StaffAction): Promise<AuditEntry> {
  const at = deps.now();
  const entry: AuditEntry = {
    at: at.toISOString(),
    email: action.email,
    action: action.action,
    ...(action.target === undefined ? {} : { target: action.target }),
    ...(action.detail === undefined ? {} : { detail: action.detail }),
  };
  await deps.store.set(auditKeys.entry(at), entry);
  return entry;
}

/** The audit log's entries of the last `days` days (today included), newest first. */
export async function listStaffActions(deps: AuditDeps, options: { days: number }): Promise<AuditEntry[]> {
  const today = deps.now().getTime();
  const keys: string[] = [];
  for (let i = 0; i < Math.max(1, options.days); i++) {
    const day = new Date(today - i * DAY_MS).toISOString().slice(0, 10);
    keys.push(...(await deps.store.keys(auditKeys.day(day))));
  }
  const entries = await Promise.all(keys.map((key) => readRecord(deps.store, key, entrySchema)));
  return entries.filter((e): e is AuditEntry => e !== null).sort((a, b) => b.at.localeCompare(a.at));
}

/** Deletes audit entries older than a year; returns how many. */
export async function purgeOldAuditEntries(store: JsonStore, now: Date): Promise<number> {
  const oldestKept = new Date(now.getTime() - AUDIT_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
  let purged = 0;
  for (const key of await store.keys(auditKeys.all)) {
    if (auditKeys.dayOf(key) >= oldestKept) continue;
    await store.delete(key);
    purged++;
  }
  return purged;
}
