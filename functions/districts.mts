// /api/districts: where a person lives -> their House and Senate districts and legislators. GET with a query (the
// <find-legislators> element) or POST a form (the /find/ page without JavaScript: answered with a 303 redirect to a
// pre-rendered page) or JSON. Input: src/lib/schemas/location.ts; the deciding: src/server/locate.ts.
import type { Config } from '@netlify/functions';
import { methodNotAllowed, validationFailed } from '../src/lib/api.ts';
import { paths } from '../src/lib/paths.ts';
import { readInput } from '../src/lib/request.ts';
import { locationQuerySchema } from '../src/lib/schemas/location.ts';
import { jsonReplyFor, resultPageFor, seeOther } from '../src/server/find-reply.ts';
import { geocoderFromEnv, type Geocoder } from '../src/server/geocoder.ts';
import { resolveLocation } from '../src/server/locate.ts';
import { loadLocationData, type LocationData } from '../src/server/location-data.ts';

export type DistrictsDeps = { data: () => LocationData; geocode: Geocoder; log?: (message: string, detail: Record<string, unknown>) => void };

export async function handle(req: Request, deps: DistrictsDeps): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
  const read = await readInput(req);
  if (!read.ok) return read.response;
  const parsed = locationQuerySchema.safeParse(read.input);
  if (!parsed.success) {
    return read.fromHtmlForm ? seeOther(paths.findProblem('check-input'), req) : validationFailed(parsed.error, 'Tell us where you live.');
  }
  const data = deps.data();
  const result = await resolveLocation(parsed.data, { data, geocode: deps.geocode, log: deps.log });
  return read.fromHtmlForm ? seeOther(resultPageFor(result), req) : jsonReplyFor(result, data);
}

export default (req: Request) => handle(req, { data: loadLocationData, geocode: geocoderFromEnv(process.env) });

export const config: Config = {
  path: '/api/districts',
  method: ['GET', 'POST'],
  // Netlify's edge limit per connection (not enforced by the local emulation); the store limiter holds per address
  rateLimit: { windowLimit: 120, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
