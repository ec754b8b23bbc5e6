/** The live dependencies of the call functions: the store, the office hours (content), the campaigns with a call. */
import hoursJson from '../../content/call-hours.json' with { type: 'json' };
import { officeHoursSchema, type OfficeHours } from '../lib/schemas/office-hours.ts';
import type { CampaignData } from './campaign-data.ts';
import { openStore, type JsonStore } from './store.ts';

/** The "calls" store: count keys, and the expiring per-visitor markers. */
export function callStore(): JsonStore {
  return openStore('calls');
}

let hours: OfficeHours | undefined;
/** State House office hours as content states them (the project's assumption), parsed once per instance. */
export function officeHours(): OfficeHours {
  hours ??= officeHoursSchema.parse(hoursJson);
  return hours;
}

/** The campaign with this slug if it has a call script, or null. */
export function callCampaign(campaigns: CampaignData[], slug: string): CampaignData | null {
  return campaigns.find((c) => c.slug === slug && c.call) ?? null;
}
