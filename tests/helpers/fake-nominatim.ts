/**
 * A local stand-in for a Nominatim-style geocoder (GET /search?format=jsonv2&q=...) on 127.0.0.1, the finder's
 * second geocoder. It checks the query as Nominatim needs it (q, format=jsonv2, addressdetails=1, a User-Agent),
 * answers 400 to a malformed one, knows a few addresses by heart and answers [] to the rest.
 */
import { createServer } from 'node:http';

export type FakePlace = {
  lon: number;
  lat: number;
  displayName: string;
  houseNumber?: string;
  city?: string;
  postcode?: string;
  /** "US-MA" */
  iso?: string;
};

export type FakeNominatim = {
  url: string;
  requests: { path: string; params: Record<string, string>; userAgent: string | undefined }[];
  know(query: string, ...places: FakePlace[]): void;
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
};

const key = (q: string) =>
  q
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

export async function startFakeNominatim(): Promise<FakeNominatim> {
  const known = new Map<string, FakePlace[]>();
  const requests: FakeNominatim['requests'] = [];
  let failures: { status: number; count: number } | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = Object.fromEntries(url.searchParams);
    requests.push({ path: url.pathname, params, userAgent: req.headers['user-agent'] });
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (failures) {
      const { status } = failures;
      if (--failures.count === 0) failures = null;
      return send(status, { error: 'unavailable' });
    }
    if (url.pathname !== '/search') return send(404, { error: 'not found' });
    if (!params.q?.trim() || params.format !== 'jsonv2' || !req.headers['user-agent']) {
      return send(400, { error: { code: 400, message: 'Bad request' } });
    }
    const places = known.get(key(params.q)) ?? [];
    send(
      200,
      places.map((p, i) => ({
        place_id: i + 1,
        lat: String(p.lat),
        lon: String(p.lon),
        category: 'place',
        type: 'house',
        addresstype: 'place',
        display_name: p.displayName,
        ...(params.addressdetails === '1'
          ? {
              address: {
                ...(p.houseNumber ? { house_number: p.houseNumber } : {}),
                ...(p.city ? { town: p.city } : {}),
                state: 'Massachusetts',
                'ISO3166-2-lvl4': p.iso ?? 'US-MA',
                ...(p.postcode ? { postcode: p.postcode } : {}),
                country: 'United States',
                country_code: 'us',
              },
            }
          : {}),
      })),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    know: (query, ...places) => void known.set(key(query), places),
    failNext: (status, count = 1) => void (failures = { status, count }),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
