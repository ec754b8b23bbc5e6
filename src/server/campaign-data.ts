/** The campaigns, legislators and districts as functions see them: JSON bundled with the function, parsed once. */
import { z } from 'zod';
import campaignsJson from '../data/campaigns.json' with { type: 'json' };
import legislatorsJson from '../../content/legislators.json' with { type: 'json' };
import districtsJson from '../../content/districts.json' with { type: 'json' };
import { campaignSchema } from '../lib/schemas/campaign.ts';
import { legislatorSchema, type Legislator } from '../lib/schemas/legislator.ts';
import { districtSchema, type District } from '../lib/schemas/district.ts';
import { slugSchema } from '../lib/schemas/common.ts';
import { letterStageSchema, type LetterKind } from '../lib/schemas/letter-stage.ts';
import { callStageSchema } from '../lib/schemas/call.ts';
import type { LetterCampaign } from './letter-records.ts';

const campaignDataSchema = z.array(
  z.intersection(
    z.object({
      slug: slugSchema,
      stage: letterStageSchema.nullable().default(null),
      callStage: callStageSchema.nullable().default(null),
    }),
    campaignSchema,
  ),
);
export type CampaignData = z.infer<typeof campaignDataSchema>[number];

let cache: { campaigns: CampaignData[]; legislators: Legislator[]; districts: District[] } | null = null;

/** Parses the bundled data on first use (validated by the same schemas as the pages). */
export function siteData() {
  cache ??= {
    campaigns: parseCampaignData(campaignsJson),
    legislators: z.array(legislatorSchema).parse(legislatorsJson),
    districts: z.array(districtSchema).parse(districtsJson),
  };
  return cache;
}

/** Parses campaign data as scripts/campaign-data.ts writes it (tests feed it a fixture's output). */
export function parseCampaignData(json: unknown): CampaignData[] {
  return campaignDataSchema.parse(json);
}

/**
 * The letter campaign with this slug, as the letter of this kind reads at the budget's current stage; null when there
 * is no such letter campaign. A thank-you exists only while one is due: its subject, template and targets (the
 * sender's own legislators in the chambers that voted) come from the generated stage data.
 */
export function letterCampaign(
  campaigns: CampaignData[],
  slug: string,
  kind: LetterKind = 'ask',
): LetterCampaign | null {
  const c = campaigns.find((x) => x.slug === slug);
  if (c?.action.type !== 'letter') return null;
  const base = { slug: c.slug, title: c.title, confirmSender: c.action.confirmSender, stage: c.stage };
  if (kind === 'ask')
    return { ...base, kind, subject: c.action.subject, template: c.action.template, targets: c.action.targets };
  const thanks = c.stage?.thankYou;
  if (!thanks) return null;
  return { ...base, kind, subject: thanks.subject, template: thanks.template, targets: thanks.targets };
}

/** The campaign form a "start again" link goes back to; only a well-formed slug goes into the link. */
export function campaignFormHref(campaign: unknown): string {
  // (a lone surrogate would even make encodeURIComponent throw)
  return slugSchema.safeParse(campaign).success ? `/campaigns/${String(campaign)}/#take-action` : '/campaigns/';
}
