#!/usr/bin/env tsx
/**
 * Functions cannot read Astro's content collections, so the campaigns' frontmatter (titles, actions, letter
 * templates) is written to src/data/campaigns.json for them to import (DESIGN.md, convention 10). Runs before every
 * build and dev server; a test fails if the committed file is out of date.
 *
 *   npm run data:campaigns
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { campaignSchema } from '../src/lib/schemas/campaign.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads and validates every campaign's frontmatter, in slug order. */
export function readCampaigns(dir = join(root, 'content', 'campaigns')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const parsed = campaignSchema.safeParse(yaml.load(match[1]!));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { slug: file.replace(/\.mdx$/, ''), ...parsed.data };
    });
}

export function campaignDataJson(): string {
  return JSON.stringify(readCampaigns(), null, 2) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src', 'data', 'campaigns.json'), campaignDataJson());
  console.log('wrote src/data/campaigns.json');
}
