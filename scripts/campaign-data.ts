#!/usr/bin/env tsx
/**
 * Functions cannot read Astro's content collections, so the campaigns' frontmatter (titles, actions, letter
 * templates) is written to src/data/campaigns.json for them to import (DESIGN.md, convention 10). A budget campaign
 * also gets its letter at the budget's current stage (`stage`: the Ways and Means paragraph, the thank-you on offer),
 * worked out from content/budget/*.yaml and content/committees.json by the same code the campaign page uses. Runs
 * before every build and dev server, so moving the stage in content retargets the letters on the next deploy.
 *
 *   npm run data:campaigns
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'zod';
import { callStageFor } from '../src/lib/calls.ts';
import { letterStageFor } from '../src/lib/letter-stage.ts';
import { budgetLineItemSchema, type BudgetLineItem } from '../src/lib/schemas/budget.ts';
import { campaignSchema } from '../src/lib/schemas/campaign.ts';
import { championListSchema } from '../src/lib/schemas/champion.ts';
import { committeeSchema } from '../src/lib/schemas/committee.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type ContentDirs = { campaigns: string; budget: string; committees: string };
const contentDirs: ContentDirs = {
  campaigns: join(root, 'content', 'campaigns'),
  budget: join(root, 'content', 'budget'),
  committees: join(root, 'content', 'committees.json'),
};

/** Every budget line item in content, by its number ("7061-9634"). */
function readBudgets(dir: string): Map<string, BudgetLineItem> {
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const parsed = budgetLineItemSchema.safeParse(yaml.load(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success)
        throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
  return new Map(items.map((item) => [item.lineItem, item]));
}

/** Reads and validates every campaign's frontmatter, in slug order, with its letter at the budget's current stage. */
export function readCampaigns(dirs: Partial<ContentDirs> = {}) {
  const { campaigns: dir, budget, committees: committeesFile } = { ...contentDirs, ...dirs };
  const budgets = readBudgets(budget);
  const committees = z.array(committeeSchema).parse(JSON.parse(readFileSync(committeesFile, 'utf8')));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const parsed = campaignSchema.safeParse(yaml.load(match[1]!));
      if (!parsed.success)
        throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const campaign = parsed.data;
      const item = campaign.lineItem ? budgets.get(campaign.lineItem) : undefined;
      if (campaign.action.type === 'letter' && campaign.action.stageLetters && !item) {
        throw new Error(
          `${file}: has stageLetters but no budget file in content/budget ` +
            `names line item ${campaign.lineItem ?? '(none)'}`,
        );
      }
      const stage =
        campaign.action.type === 'letter' && item ? letterStageFor(campaign.action, item, committees) : null;
      // calls are retargeted as letters are: the committee deciding is named, the person's own legislators called
      const callStage = campaign.call && item ? callStageFor(campaign.call, item, committees) : null;
      return { slug: file.replace(/\.mdx$/, ''), ...campaign, stage, callStage };
    });
}

export function campaignDataJson(dirs: Partial<ContentDirs> = {}): string {
  return `${JSON.stringify(readCampaigns(dirs), null, 2)}\n`;
}

/**
 * The mentoring champions the organization names (content/champions.yaml), for the champion thank-you function: it
 * accepts only these slugs and finds each champion's address in its own legislator data.
 */
export function championDataJson(file = join(root, 'content', 'champions.yaml')): string {
  const parsed = championListSchema.safeParse(yaml.load(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success)
    throw new Error(
      `champions.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'src', 'data', 'campaigns.json'), campaignDataJson());
  writeFileSync(join(root, 'src', 'data', 'champions.json'), championDataJson());
  console.log('wrote src/data/campaigns.json and src/data/champions.json');
}
