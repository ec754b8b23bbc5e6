// /api/districts: where a person lives -> their House and Senate districts and legislators. GET with a query (the
// <find-legislators> element) or POST a form (the /find/ page without JavaScript: answered with a 303 redirect to a
// pre-rendered page) or JSON. Input: src/lib/schemas/location.ts; the deciding: src/server/find-districts.ts.
import type { Config } from '@netlify/functions';
import { seeOther } from '../src/lib/api.ts';
import { paths } from '../src/lib/paths.ts';
import { locationQuerySchema } from '../src/lib/schemas/location.ts';
import { localizedFieldErrors, localizedPath } from '../src/i18n/server.ts';
import { checkConfig } from '../src/server/config.ts';
import { jsonReplyFor, resultPageFor } from '../src/server/find-reply.ts';
import { defineFormFlow, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import { geocoderFor, type Geocoder } from '../src/server/geocoder.ts';
import { chooseDistrictPage } from '../src/server/letter-replies.ts';
import { resolveLocation } from '../src/server/find-districts.ts';
import { loadLocationData, type LocationData } from '../src/server/find-data.ts';

export type DistrictsDeps = {
  data: () => LocationData;
  geocode: Geocoder;
  log?: (message: string, detail: Record<string, unknown>) => void;
};

export const handle = defineFormFlow({
  schema: locationQuerySchema,
  maxBytes: 16_384,
  // It changes nothing and keys no one: any site may send a form here, and gets the same pages back.
  crossSite: false,
  query: true,
  back: paths.find,
  invalid: (error, { req, t, locale }: FlowContext<DistrictsDeps>) =>
    refused('validation_error', 422, t.finder.tellUsWhere, {
      fields: localizedFieldErrors(error, locale),
      page: seeOther(localizedPath(paths.findProblem('check-input'), locale), req),
    }),
  handle: async (query, { req, deps, fromHtmlForm, input, t, locale }: FlowContext<DistrictsDeps>) => {
    const data = deps.data();
    const result = await resolveLocation(query, { data, geocode: deps.geocode, log: deps.log, locale });
    if (!fromHtmlForm) return jsonReplyFor(result, data, locale);
    // An address that matched places in different districts: offer those, not every district of its town.
    if (result.status === 'ambiguous' && result.method === 'address') {
      const fields = Object.fromEntries(
        Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? '')]),
      );
      const message = `${result.reason} ${result.settle}`;
      return chooseDistrictPage({
        message,
        candidates: result,
        fields,
        action: '/api/districts',
        submitLabel: t.finder.theseAreMine,
        locale,
      });
    }
    return seeOther(localizedPath(resultPageFor(result), locale), req);
  },
});

export default serveFlow(
  'districts',
  handle,
  // checkConfig, not readConfig: the finder keys no one, so a missing RATE_LIMIT_SALT must not take it down
  (): DistrictsDeps => ({ data: loadLocationData, geocode: geocoderFor(checkConfig(process.env).config.geocoder) }),
  (t) => t.finder.unexpected,
);

export const config: Config = {
  path: '/api/districts',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
