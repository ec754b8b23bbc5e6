/**
 * POST /api/letters (and POST /api/pledges, warm) under load: latency and throughput with autocannon, every request a
 * different sender (email and
 * client address, so no limit rejects it) at one of the ZIP centres, against a fake Resend and a fake Census
 * geocoder on 127.0.0.1. Three ways, because they answer different questions:
 *  - the warm functions host (scripts/functions-host.ts): the function's own work, Resend's pacing lifted;
 *  - the same with Resend's default pacing (2 requests per second per instance), one visitor after another;
 *  - Netlify's local emulation (scripts/serve.ts), which starts a fresh worker per invocation, like a cold start.
 */
import autocannon from 'autocannon';
import { startFunctionsHost } from '../functions-host.ts';
import { startFakeCensus } from '../../tests/helpers/fake-census.ts';
import { startFakeResend } from '../../tests/helpers/fake-resend.ts';
import { fakeProvidersEnv, manyLetters, seatedPoints } from '../../tests/helpers/letters.ts';
import { stats, type BenchRow, type BenchSection } from './section.ts';
import { serveSite } from './site.ts';

let points: { lat: number; lon: number }[] = [];
let counter = 0;

/** Each request a new sender, from a new client address. */
function nextLetter(): { body: string; headers: Record<string, string> } {
  const i = counter++;
  return {
    body: JSON.stringify(manyLetters(points, i)),
    headers: {
      'content-type': 'application/json',
      'x-nf-client-connection-ip': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
  };
}

/** Each request a new volunteer, from a new client address. */
function nextPledge(): { body: string; headers: Record<string, string> } {
  const i = counter++;
  const at = points[i % points.length]!;
  return {
    body: JSON.stringify({
      campaign: 'mentors-of-color',
      name: `Bench Volunteer ${i}`,
      email: `bench-pledge-${i}@example.com`,
      lat: at.lat,
      lon: at.lon,
      types: ['school-based'],
      ages: ['teens'],
      consent: true,
    }),
    headers: {
      'content-type': 'application/json',
      'x-nf-client-connection-ip': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
  };
}

async function cannon(
  url: string,
  options: { connections: number; duration?: number; amount?: number; pledges?: boolean },
) {
  const next = options.pledges ? nextPledge : nextLetter;
  const result = await autocannon({
    url: `${url}/api/${options.pledges ? 'pledges' : 'letters'}`,
    method: 'POST',
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
    timeout: 30,
    requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
  });
  return { ...result, okCount: result['2xx'], failed: result.non2xx + result.errors + result.timeouts };
}

export const functionsSection: BenchSection = {
  name: 'functions',
  description: 'POST /api/letters and /api/pledges latency and throughput (fake Resend and geocoder)',
  async run() {
    points = seatedPoints(); // here, not at import: the districts section measures loading that data cold
    const fake = await startFakeResend();
    const census = await startFakeCensus();
    const savedEnv = { ...process.env };
    Object.assign(process.env, fakeProvidersEnv(fake, census.url));
    const rows: BenchRow[] = [];
    try {
      const host = await startFunctionsHost({ functions: ['letters', 'pledges'] });
      try {
        await cannon(host.url, { connections: 2, amount: 20 }); // warm up: JIT, location data, connections
        const load = await cannon(host.url, { connections: 10, duration: 15 });
        const note = `warm functions host, 10 connections for 15 s; ${load.okCount} letters, ${load.failed} not 2xx`;
        rows.push({ metric: 'letters, warm: throughput', value: load.requests.average, unit: 'letters/s', note });
        rows.push({
          metric: 'letters, warm: latency p50',
          value: load.latency.p50,
          unit: 'ms',
          note: '3 emails each; the local Blobs server walks its folders to list keys',
        });
        rows.push({ metric: 'letters, warm: latency p99', value: load.latency.p99, unit: 'ms' });

        await cannon(host.url, { connections: 2, amount: 20, pledges: true });
        const pledges = await cannon(host.url, { connections: 10, duration: 15, pledges: true });
        const counted = `${pledges.okCount} pledges, ${pledges.failed} not 2xx`;
        const pledgeNote = `warm functions host, 10 connections for 15 s; ${counted}`;
        rows.push({
          metric: 'pledges, warm: throughput',
          value: pledges.requests.average,
          unit: 'pledges/s',
          note: pledgeNote,
        });
        rows.push({
          metric: 'pledges, warm: latency p50',
          value: pledges.latency.p50,
          unit: 'ms',
          note: '1 email each (the confirmation link)',
        });
        rows.push({ metric: 'pledges, warm: latency p99', value: pledges.latency.p99, unit: 'ms' });

        process.env.RESEND_REQUESTS_PER_SECOND = '2';
        const paced = await cannon(host.url, { connections: 1, amount: 8 });
        rows.push({
          metric: 'letters, warm, Resend pacing 2/s: latency p50',
          value: paced.latency.p50,
          unit: 'ms',
          note: 'one visitor after another: one batch call if the account has one free, else queued; never a wait',
        });
      } finally {
        await host.close();
      }

      process.env.RESEND_REQUESTS_PER_SECOND = '1000';
      const site = await serveSite();
      try {
        const durations: number[] = [];
        let failed = 0;
        for (let i = 0; i < 3; i++) {
          const { body, headers } = nextLetter();
          const start = performance.now();
          const res = await fetch(`${site.url}/api/letters`, { method: 'POST', headers, body });
          await res.arrayBuffer();
          if (res.status !== 201) failed++;
          durations.push(performance.now() - start);
        }
        const s = stats(durations.slice(1)); // the first one also loads the function's code
        rows.push({
          metric: 'letters, Netlify local emulation: latency p50',
          value: s.p50,
          unit: 'ms',
          note: `fresh worker per invocation; 2 letters one by one, ${failed} not 201`,
        });
        rows.push({ metric: 'letters, Netlify local emulation: first request', value: durations[0]!, unit: 'ms' });
      } finally {
        await site.close();
      }
    } finally {
      process.env = savedEnv;
      await fake.close();
      await census.close();
    }
    return rows;
  },
};
