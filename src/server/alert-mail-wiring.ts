/**
 * The live dependencies of alert email (the scheduled job and the staff console): the alerts bundled at build, the
 * legislator data, Netlify Blobs, Resend or the outbox.
 */
import { z } from 'zod';
import alertsJson from '../data/alerts.json' with { type: 'json' };
import { alertDataSchema } from '../lib/schemas/alert.ts';
import type { AlertMailDeps } from './alert-mail.ts';
import { liveAlertSignupDeps } from './alert-signup-wiring.ts';
import type { AppConfig } from './config.ts';
import { loadLocationData } from './find-data.ts';
import { liveEngineDeps } from './mail-engine/index.ts';

/** Builds them for one run or request. */
export function liveAlertMailDeps(config: AppConfig): AlertMailDeps {
  const data = loadLocationData();
  return {
    signups: liveAlertSignupDeps(config).store,
    engine: liveEngineDeps(config),
    config,
    alerts: z.array(alertDataSchema).parse(alertsJson),
    legislators: data.legislators,
    districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
  };
}
