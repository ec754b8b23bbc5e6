// Every staff export (functions/admin-*.mts) is a CSV download with the security headers every function reply
// carries: Netlify applies netlify.toml's headers only to files, never to a function's response.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteData } from '../../src/server/campaign-data.ts';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { startLocalBlobs, type LocalBlobs } from '../helpers/blobs.ts';

const token = 'staff-secret-0123456789';
const dir = join(import.meta.dirname, '../../functions');
const exports = (await readdir(dir)).filter((f) => f.startsWith('admin-')).sort();

type AdminModule = {
  handle: (req: Request, deps: { store: unknown; adminToken?: string; campaigns?: unknown }) => Promise<Response>;
  config: { path: string };
};

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

describe('staff CSV exports', () => {
  it('are the five we know of', () => {
    expect(exports).toEqual([
      'admin-alert-signups.mts',
      'admin-calls.mts',
      'admin-letters.mts',
      'admin-pledges.mts',
      'admin-program-submissions.mts',
    ]);
  });

  it.each(exports)('%s sends the security headers with its CSV', async (file) => {
    const mod = (await import(join(dir, file))) as AdminModule;
    const campaign = file === 'admin-pledges.mts' ? 'mentors-of-color' : 'mentoring-matching-grants';
    const url = `https://act.example.org${mod.config.path}?campaign=${campaign}`;
    const req = new Request(url, { headers: { authorization: `Bearer ${token}` } });
    const { campaigns, legislators, districts } = siteData();
    const deps = { store: blobs.store(`csv-${file}`), adminToken: token, campaigns, legislators, districts };
    const res = await mod.handle(req, deps);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z-]+\.csv"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name), name).toBe(value);
  });
});
