// Reads the committed content the way the build does (same files, same schemas), for tests of the budget, alerts
// and champions. Raw readers return plain objects a test can change before parsing, as an editor would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { alertSchema } from '../../src/lib/schemas/alert.ts';
import { budgetLineItemSchema } from '../../src/lib/schemas/budget.ts';
import { championListSchema } from '../../src/lib/schemas/champion.ts';
import { committeeSchema } from '../../src/lib/schemas/committee.ts';
import { legislatorSchema } from '../../src/lib/schemas/legislator.ts';
import type { AlertEntry } from '../../src/lib/alerts.ts';

export const budgetPath = 'content/budget/7061-9634.yaml';

/** The budget file as an editor's YAML parses, before the schema: change it, then parse it. */
export const rawBudget = () =>
  yaml.load(readFileSync(budgetPath, 'utf8')) as Record<string, unknown> & { process: Record<string, unknown> };
export const loadBudget = () => budgetLineItemSchema.parse(rawBudget());
export const loadCommittees = () =>
  z.array(committeeSchema).parse(JSON.parse(readFileSync('content/committees.json', 'utf8')));
export const loadLegislators = () =>
  z.array(legislatorSchema).parse(JSON.parse(readFileSync('content/legislators.json', 'utf8')));
export const loadChampions = () => championListSchema.parse(yaml.load(readFileSync('content/champions.yaml', 'utf8')));

/** Each alert's frontmatter, with its id as the glob loader names it (the file name). */
export function loadAlerts(): AlertEntry[] {
  return readdirSync('content/alerts')
    .filter((f) => f.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(join('content/alerts', file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { id: file.replace(/\.md$/, ''), data: alertSchema.parse(yaml.load(frontmatter)) };
    });
}
