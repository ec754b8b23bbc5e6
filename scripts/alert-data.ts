#!/usr/bin/env tsx
/**
 * Functions cannot read Astro's content collections (DESIGN.md, convention 10), so the alerts' frontmatter (what the
 * scheduled send-alerts function emails, to whom) is written to src/data/alerts.json at build, validated with the
 * same schema as the collection. Editors' translations (content/alerts/<locale>/<slug>.md) go with their English
 * alert, so an alert email can be sent in each subscriber's language.
 *
 *   npm run data:alerts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { alertSchema, type AlertData } from '../src/lib/schemas/alert.ts';
import { alertTranslationSchema, type AlertTranslation } from '../src/lib/schemas/alert-translation.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One file's frontmatter, validated; a problem names the file and the field. */
function frontmatter<T>(path: string, name: string, schema: z.ZodType<T>): T {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${name}: no frontmatter`);
  const parsed = schema.safeParse(yaml.load(match[1]!));
  if (!parsed.success)
    throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The translations in content/alerts/es/ and pt/, checked against the alerts they name. */
function readTranslations(dir: string, alerts: AlertData[]): AlertTranslation[] {
  const found: AlertTranslation[] = [];
  for (const locale of ['es', 'pt'] as const) {
    const folder = join(dir, locale);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const name = `${locale}/${file}`;
      const t = frontmatter(join(folder, file), name, alertTranslationSchema);
      const original = alerts.find((a) => a.slug === t.translationOf);
      if (t.locale !== locale) throw new Error(`${name}: locale is ${t.locale}, but the file is in ${locale}/`);
      if (!original) throw new Error(`${name}: no English alert named ${t.translationOf}`);
      // the deadline's date lives in the original: a translation labels it only when there is one
      if (Boolean(t.deadlineLabel) !== Boolean(original.deadline))
        throw new Error(`${name}: deadlineLabel must be given exactly when the English alert has a deadline`);
      found.push(t);
    }
  }
  return found;
}

/** Reads and validates every alert's frontmatter, in slug order, each with its translations. */
export function readAlerts(dir = join(root, 'content', 'alerts')): AlertData[] {
  const alerts: AlertData[] = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({ slug: file.replace(/\.md$/, ''), ...frontmatter(join(dir, file), file, alertSchema) }));
  const translations = readTranslations(dir, alerts);
  return alerts.map((alert) => {
    const mine = translations.filter((t) => t.translationOf === alert.slug);
    if (mine.length === 0) return alert;
    const byLocale = mine.map(({ locale, title, summary, deadlineLabel }) => [
      locale,
      { title, summary, ...(deadlineLabel ? { deadlineLabel } : {}) },
    ]);
    return { ...alert, translations: Object.fromEntries(byLocale) };
  });
}

export function alertDataJson(dir?: string): string {
  return `${JSON.stringify(readAlerts(dir), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src', 'data', 'alerts.json'), alertDataJson());
  console.log('wrote src/data/alerts.json');
}
