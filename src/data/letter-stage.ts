/**
 * A campaign's letter at the budget's current stage, as pages read it at build time: the same letterStageFor() over the
 * same content that scripts/campaign-data.ts writes into src/data/campaigns.json for the letters function, so the page
 * and the function say the same thing.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { letterStageFor } from '../lib/letter-stage.ts';
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
