// Every public function that takes a POST declares Netlify's edge rate limit (per IP and domain) in its config, as a
// literal (Netlify reads the config without running the module). The store limiter (tests/functions/limits.test.ts)
// is the layer that holds per address and is tested locally; the edge is the first line against floods.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('edge rate limits', () => {
  it('each public POST function declares rateLimit: windowLimit, windowSize, aggregateBy ip and domain', async () => {
    const files = (await readdir('functions')).filter((f) => f.endsWith('.mts'));
    const posts: string[] = [];
    for (const file of files) {
      const { config } = (await import(`../../functions/${file}`)) as {
        config: { path?: string; method?: string[]; rateLimit?: Record<string, unknown> };
      };
      if (!config.path || !config.method?.includes('POST')) continue;
      // Resend's delivery events come from Resend's few addresses, signed: a per-IP limit would drop them
      if (file === 'resend-webhook.mts') continue;
      posts.push(file);
      expect(config.rateLimit, file).toMatchObject({
        windowLimit: expect.any(Number),
        windowSize: expect.any(Number),
        aggregateBy: ['ip', 'domain'],
      });
    }
    expect(posts).toEqual(
      expect.arrayContaining([
        'letters.mts',
        'pledges.mts',
        'alert-signups.mts',
        'champion-thanks.mts',
        'ta-requests.mts',
      ]),
    );
  }, 60_000);
});
