/**
 * A local stand-in for the US Census Bureau geocoder (GET /geocoder/geographies/onelineaddress) on 127.0.0.1. It
 * checks the query the way the real service needs it (address, benchmark, vintage, format=json) and answers 400 to
 * a malformed one; it knows a few addresses by heart, answers "no match" to the rest, and can be told to misbehave:
 * hold the answer (a timeout), answer 5xx, or send broken JSON.
 */
import { createServer } from 'node:http';

export type FakeAddress = {
  lon: number;
  lat: number;
  matchedAddress: string;
  state: string;
  zip: string;
  /** the Census Bureau's own district names, to test the cross-check */
  census?: { house?: string; senate?: string };
};

export type FakeCensus = {
  /** the base URL to give the geocoder (like https://geocoding.geo.census.gov/geocoder) */
  url: string;
  /** every query received: the address and the other parameters */
  requests: { path: string; params: Record<string, string> }[];
  /** teach it an address: the one-line address, compared case- and space-insensitively, -> one or more matches */
  know(address: string, ...matches: FakeAddress[]): void;
  /** the next `count` calls wait this long before answering */
  holdNext(ms: number, count?: number): void;
  failNext(status: number, count?: number): void;
  malformedNext(count?: number): void;
  /** every call whose address contains `text` (any case) is answered with this status: an outage on demand */
  failFor(text: string, status: number): void;
  close(): Promise<void>;
};

const key = (address: string) =>
  address
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

function matchBody(m: FakeAddress) {
  const geographies: Record<string, unknown[]> = {
    States: [{ NAME: m.state === 'MA' ? 'Massachusetts' : m.state, STUSAB: m.state }],
  };
  if (m.census?.house)
    geographies['2024 State Legislative Districts - Lower'] = [{ NAME: m.census.house, BASENAME: m.census.house }];
  if (m.census?.senate)
    geographies['2024 State Legislative Districts - Upper'] = [{ NAME: m.census.senate, BASENAME: m.census.senate }];
  return {
    tigerLine: { side: 'L', tigerLineId: '0' },
    coordinates: { x: m.lon, y: m.lat },
    addressComponents: { zip: m.zip, state: m.state, city: '', streetName: '' },
    matchedAddress: m.matchedAddress,
    geographies,
  };
}

export async function startFakeCensus(): Promise<FakeCensus> {
  const known = new Map<string, FakeAddress[]>();
  const requests: FakeCensus['requests'] = [];
  const faults: { kind: 'hold' | 'fail' | 'malformed'; value: number; count: number }[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const failing = new Map<string, number>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const params = Object.fromEntries(url.searchParams);
    requests.push({ path: url.pathname, params });
    const send = (status: number, body: string) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    };
    const answer = () => {
      if (url.pathname !== '/geocoder/geographies/onelineaddress') return send(404, '{"errors":["Not found"]}');
      const problems = [
        !params.address?.trim() && 'Address cannot be empty',
        !params.benchmark && 'Benchmark is required',
        !params.vintage && 'Vintage is required',
        params.format !== 'json' && 'Format must be json',
      ].filter(Boolean);
      if (problems.length > 0) return send(400, JSON.stringify({ errors: problems, status: '400' }));
      const matches = known.get(key(params.address!)) ?? [];
      send(
        200,
        JSON.stringify({
          result: { input: { address: { address: params.address } }, addressMatches: matches.map(matchBody) },
        }),
      );
    };
    const outage = [...failing].find(([text]) => params.address?.toUpperCase().includes(text));
    if (outage) return send(outage[1], '{"errors":["Internal error"]}');
    const fault = faults[0];
    if (fault) {
      if (--fault.count === 0) faults.shift();
      if (fault.kind === 'fail') return send(fault.value, '{"errors":["Internal error"]}');
      if (fault.kind === 'malformed') return send(200, '{"result": {"addressMatches": [ { "coordin');
      const timer = setTimeout(() => {
        pending.delete(timer);
        answer();
      }, fault.value);
      pending.add(timer);
      return;
    }
    answer();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');

  return {
    url: `http://127.0.0.1:${address.port}/geocoder`,
    requests,
    know: (address, ...matches) => void known.set(key(address), matches),
    holdNext: (ms, count = 1) => void faults.push({ kind: 'hold', value: ms, count }),
    failNext: (status, count = 1) => void faults.push({ kind: 'fail', value: status, count }),
    malformedNext: (count = 1) => void faults.push({ kind: 'malformed', value: 0, count }),
    failFor: (text, status) => void failing.set(text.toUpperCase(), status),
    close: () =>
      new Promise<void>((ok) => {
        for (const t of pending) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
