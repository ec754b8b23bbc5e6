/**
 * Editors' translations of campaign pages (content/campaigns/<locale>/<slug>.mdx), as pages read them at build time.
 * A translation that names no English campaign, or sits in another language's folder, fails the build: a typo must
 * not leave a page silently untranslated.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export type CampaignTranslationEntry = CollectionEntry<'campaignTranslations'>;

/** The translation of one campaign into one language, or undefined when no editor has written it. */
export async function campaignTranslationOf(slug: string, locale: Locale): Promise<CampaignTranslationEntry | undefined> {
  if (locale === 'en') return undefined;
  const slugs = new Set((await getCollection('campaigns')).map((c) => c.id));
  const translations = await getCollection('campaignTranslations');
  for (const entry of translations) {
    const folder = entry.id.split('/')[0];
    if (!slugs.has(entry.data.translationOf))
      throw new Error(`content/campaigns/${entry.id}: translationOf "${entry.data.translationOf}" is no campaign`);
    if (folder !== entry.data.locale)
      throw new Error(`content/campaigns/${entry.id}: locale "${entry.data.locale}" but its folder is "${folder}"`);
  }
  return translations.find((e) => e.data.translationOf === slug && e.data.locale === locale);
}
