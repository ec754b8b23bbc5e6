#!/usr/bin/env tsx
/**
 * Functions cannot read Astro's content collections (DESIGN.md, convention 10), so the alerts' frontmatter (what the
 * scheduled send-alerts function emails, to whom) is written to src/data/alerts.json at build, validated with the
 * same schema as the collection.
 *
 *   npm run data:alerts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { alertSchema, type AlertData } from '../src/lib/schemas/alert.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads and validates every alert's frontmatter, in slug order. */
export function readAlerts(dir = join(root, 'content', 'alerts')): AlertData[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(join(dir, file), 'utf8'));
      if (!match) throw new Error(`${file}: no frontmatter`);
      const parsed = alertSchema.safeParse(yaml.load(match[1]!));
      if (!parsed.success)
        throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { slug: file.replace(/\.md$/, ''), ...parsed.data };
    });
}

export function alertDataJson(dir?: string): string {
  return `${JSON.stringify(readAlerts(dir), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src', 'data', 'alerts.json'), alertDataJson());
  console.log('wrote src/data/alerts.json');
}
