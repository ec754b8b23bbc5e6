/**
 * A campaign's letter at the budget's current stage, as pages read it at build time: the same letterStageFor() over the
 * same content that scripts/campaign-data.ts writes into src/data/campaigns.json for the letters function, so the page
 * and the function say the same thing.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { callStageFor } from '../lib/calls.ts';
import { letterStageFor } from '../lib/letter-stage.ts';
import type { CallStage } from '../lib/schemas/call.ts';
import type { LetterStage } from '../lib/schemas/letter-stage.ts';

/** The letter campaign's stage, or null when it has no line item or no stage letters. */
export async function letterStageOf(campaign: CollectionEntry<'campaigns'>): Promise<LetterStage | null> {
  const { action, lineItem } = campaign.data;
  if (action.type !== 'letter' || !lineItem) return null;
  const item = (await getCollection('budget')).find((b) => b.data.lineItem === lineItem)?.data;
  if (!item) return null;
  const committees = (await getCollection('committees')).map((e) => e.data);
  return letterStageFor(action, item, committees);
}

/** What the campaign's call names at the budget's stage (the same callStageFor() scripts/campaign-data.ts runs). */
export async function callStageOf(campaign: CollectionEntry<'campaigns'>): Promise<CallStage | null> {
  const { call, lineItem } = campaign.data;
  if (!call || !lineItem) return null;
  const item = (await getCollection('budget')).find((b) => b.data.lineItem === lineItem)?.data;
  if (!item) return null;
  return callStageFor(call, item, (await getCollection('committees')).map((e) => e.data));
}

export type ThankYouStage = LetterStage & { thankYou: NonNullable<LetterStage['thankYou']> };

/** The campaigns whose thank-you letter is due now, each with its stage: one thank-you page per language each. */
export async function thankYouCampaigns(): Promise<
  { campaign: CollectionEntry<'campaigns'>; stage: ThankYouStage }[]
> {
  const due = [];
  for (const campaign of await getCollection('campaigns')) {
    const stage = await letterStageOf(campaign);
    if (stage?.thankYou) due.push({ campaign, stage: { ...stage, thankYou: stage.thankYou } });
  }
  return due;
}
