// Declares the content collections; loaders and schemas only (schemas live in src/lib/schemas, shared with functions).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { alertSchema } from './lib/schemas/alert.ts';
import { budgetLineItemSchema } from './lib/schemas/budget.ts';
import { campaignSchema } from './lib/schemas/campaign.ts';
import { committeeSchema } from './lib/schemas/committee.ts';
import { districtSchema } from './lib/schemas/district.ts';
import { legislatorSchema } from './lib/schemas/legislator.ts';
import { programSchema } from './lib/schemas/program.ts';

export const collections = {
  campaigns: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/campaigns' }), schema: campaignSchema }),
  alerts: defineCollection({ loader: glob({ pattern: '*.md', base: './content/alerts' }), schema: alertSchema }),
  budget: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/budget' }), schema: budgetLineItemSchema }),
  programs: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/programs' }), schema: programSchema }),
  legislators: defineCollection({ loader: file('./content/legislators.json'), schema: legislatorSchema }),
  districts: defineCollection({ loader: file('./content/districts.json'), schema: districtSchema }),
  committees: defineCollection({ loader: file('./content/committees.json'), schema: committeeSchema }),
};
