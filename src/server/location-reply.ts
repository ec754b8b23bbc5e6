/**
 * What an action endpoint (letters, pledges) answers when the place a person gave does not settle on one House and
 * one Senate district: a split place asks them to pick (keeping what they wrote), a problem says what to fix, and a
 * geocoder outage is an honest 502. One place, so every form hears the same thing.
 */
import { fail } from '../lib/api.ts';
import { formErrorPage } from './html-page.ts';
import { chooseDistrictPage } from './letter-replies.ts';
import type { FoundLocation, LocationResult } from './locate.ts';

export type LocationReplyOptions = {
  fromHtmlForm: boolean;
  /** what the person sent, carried through the "which district?" page */
  input: Record<string, unknown>;
  labels: Record<string, string>;
  /** the form to go back to */
  back: string;
  /** the endpoint and button of the "which district?" page (letters by default) */
  action?: string;
  submitLabel?: string;
};

/** The found districts, or the Response to send instead. */
export function foundOrReply(location: LocationResult, options: LocationReplyOptions): { found: FoundLocation } | { reply: Response } {
  if (location.status === 'found') return { found: location };
  const { fromHtmlForm, labels, back } = options;
  if (location.status === 'ambiguous') {
    const message = `${location.reason} ${location.settle}`;
    if (!fromHtmlForm) return { reply: fail('validation_error', 422, message, { location: [message] }) };
    const fields = Object.fromEntries(Object.entries(options.input).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? '')]));
    return { reply: chooseDistrictPage({ message, candidates: location, fields, action: options.action, submitLabel: options.submitLabel }) };
  }
  if (location.status === 'invalid') {
    if (fromHtmlForm) return { reply: formErrorPage({ title: 'We could not find your district', intro: location.reason, errors: location.fields, labels, backHref: back }) };
    return { reply: fail('validation_error', 422, location.reason, location.fields) };
  }
  if (fromHtmlForm) return { reply: formErrorPage({ title: 'We could not find your district', intro: location.reason, errors: {}, labels, backHref: back }) };
  const [code, status] =
    location.status === 'geocoder_unavailable' ? (['upstream_unavailable', 502] as const)
    : location.status === 'outside_massachusetts' ? (['out_of_area', 422] as const)
    : (['validation_error', 422] as const);
  return { reply: fail(code, status, location.reason, { location: [location.reason] }) };
}
