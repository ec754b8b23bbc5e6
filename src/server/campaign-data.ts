/** The campaigns, legislators and districts as functions see them: JSON bundled with the function, parsed once. */
import { z } from 'zod';
import campaignsJson from '../data/campaigns.json' with { type: 'json' };
import legislatorsJson from '../../content/legislators.json' with { type: 'json' };
import districtsJson from '../../content/districts.json' with { type: 'json' };
import { campaignSchema } from '../lib/schemas/campaign.ts';
import { legislatorSchema, type Legislator } from '../lib/schemas/legislator.ts';
import { districtSchema, type District } from '../lib/schemas/district.ts';
import { slugSchema } from '../lib/schemas/common.ts';
import type { LetterCampaign } from './letters.ts';

const campaignDataSchema = z.array(z.intersection(z.object({ slug: slugSchema }), campaignSchema));
export type CampaignData = z.infer<typeof campaignDataSchema>[number];

let cache: { campaigns: CampaignData[]; legislators: Legislator[]; districts: District[] } | null = null;

/** Parses the bundled data on first use (validated by the same schemas as the pages). */
export function siteData() {
  cache ??= {
    campaigns: campaignDataSchema.parse(campaignsJson),
    legislators: z.array(legislatorSchema).parse(legislatorsJson),
    districts: z.array(districtSchema).parse(districtsJson),
  };
  return cache;
}

/** The letter campaign with this slug, or null when there is none (or it is not a letter campaign). */
export function letterCampaign(campaigns: CampaignData[], slug: string): LetterCampaign | null {
  const c = campaigns.find((x) => x.slug === slug);
  if (!c || c.action.type !== 'letter') return null;
  return { slug: c.slug, title: c.title, subject: c.action.subject, template: c.action.template, confirmSender: c.action.confirmSender, targets: c.action.targets };
}
