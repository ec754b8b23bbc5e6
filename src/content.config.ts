// Declares the content collections; loaders and schemas only (schemas live in src/lib/schemas, shared with functions).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { alertSchema } from './lib/schemas/alert.ts';
import { budgetLineItemSchema } from './lib/schemas/budget.ts';
import { campaignSchemaWith } from './lib/schemas/campaign.ts';
import { campaignTranslationSchema } from './lib/schemas/campaign-translation.ts';
import { championListSchema } from './lib/schemas/champion.ts';
import { contactSchema } from './lib/schemas/contact.ts';
import { committeeSchema } from './lib/schemas/committee.ts';
import { districtSchema } from './lib/schemas/district.ts';
import { legislatorSchema } from './lib/schemas/legislator.ts';
import { programSchema } from './lib/schemas/program.ts';

export const collections = {
  campaigns: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/campaigns' }),
    schema: ({ image }) => campaignSchemaWith(image()),
  }),
  // editors' translations of campaign pages, one folder per language; each names its English original
  campaignTranslations: defineCollection({
    loader: glob({ pattern: '{es,pt}/*.mdx', base: './content/campaigns' }),
    schema: campaignTranslationSchema,
  }),
  alerts: defineCollection({ loader: glob({ pattern: '*.md', base: './content/alerts' }), schema: alertSchema }),
  budget: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/budget' }),
    schema: budgetLineItemSchema,
  }),
  programs: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/programs' }),
    schema: programSchema,
  }),
  legislators: defineCollection({ loader: file('./content/legislators.json'), schema: legislatorSchema }),
  districts: defineCollection({ loader: file('./content/districts.json'), schema: districtSchema }),
  committees: defineCollection({ loader: file('./content/committees.json'), schema: committeeSchema }),
  // one entry, the whole file (so an empty list is not an empty collection): champions keyed by legislator slug.
  // src/lib/champions.ts fails the build on a slug that is not a sitting legislator.
  champions: defineCollection({
    loader: glob({ pattern: 'champions.yaml', base: './content' }),
    schema: championListSchema,
  }),
  // one entry, the whole file: who officials can reach, printed on each district's brief
  contact: defineCollection({
    loader: glob({ pattern: 'contact.yaml', base: './content' }),
    schema: contactSchema,
  }),
};
