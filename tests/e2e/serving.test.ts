// How the local stack sends bytes, which the page-weight and Lighthouse benchmarks rely on: text gzipped when the
// browser accepts it (as Netlify's CDN does), never for a client that does not, and the map's outlines typed as JSON
// (netlify.toml), so they are compressed and read as what they are.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** A GET with exactly the headers given (fetch would add its own Accept-Encoding and undo the gzip). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(baseUrl + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the local stack', () => {
  it('gzips a page, a function’s JSON and the map outlines for a browser that accepts it', async () => {
    for (const path of ['/map/', '/api/health', '/geo/house.topojson']) {
      const gzipped = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect([path, gzipped.status, gzipped.headers['content-encoding']]).toEqual([path, 200, 'gzip']);
      const plain = await get(path);
      expect([path, plain.headers['content-encoding']]).toEqual([path, undefined]);
      expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
      if (plain.body.length > 10_000) expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it('serves the map outlines as JSON', async () => {
    const { headers, body } = await get('/geo/senate.topojson');
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect((JSON.parse(body.toString('utf8')) as { type: string }).type).toBe('Topology');
  });
});
