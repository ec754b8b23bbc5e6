#!/usr/bin/env tsx
/**
 * Writes a draft alert (email: false) for the budget stage content/budget/7061-9634.yaml sets now, from the project's
 * own texts and recorded figures (src/lib/budget/alert-draft.ts). Review it, then set `email: true` to send it to
 * subscribers on the next deploy. An existing file is left alone unless --force.
 *
 *   npm run alerts:draft
 *   npm run alerts:draft -- --force
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'zod';
import { alertDraftFor } from '../src/lib/budget/alert-draft.ts';
import { alertSchema } from '../src/lib/schemas/alert.ts';
import { budgetLineItemSchema } from '../src/lib/schemas/budget.ts';
import { committeeSchema } from '../src/lib/schemas/committee.ts';
import { readCampaigns } from './campaign-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const item = budgetLineItemSchema.parse(
  yaml.load(readFileSync(join(root, 'content', 'budget', '7061-9634.yaml'), 'utf8')),
);
const committees = z
  .array(committeeSchema)
  .parse(JSON.parse(readFileSync(join(root, 'content', 'committees.json'), 'utf8')));
const campaign = readCampaigns().find((c) => c.lineItem === item.lineItem && c.action.type === 'letter')?.slug ?? null;
const draft = alertDraftFor(item, committees, campaign, new Date().toISOString().slice(0, 10));
alertSchema.parse(draft.frontmatter); // the draft must be a valid alert
const file = join(root, 'content', 'alerts', `${draft.slug}.md`);
if (existsSync(file) && !process.argv.includes('--force')) {
  console.log(`${file} exists; left as it is (--force to rewrite it)`);
} else {
  writeFileSync(file, `---\n${yaml.dump(draft.frontmatter, { lineWidth: 116 })}---\n\n${draft.body}`);
  console.log(`wrote ${file} (email: false): review it, then set email: true to send it`);
}
