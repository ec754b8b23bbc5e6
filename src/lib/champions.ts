// Mentoring champions: the organization's list joined to the legislators it names, for the /champions page and the
// badge on legislator pages.
import type { Champion, ChampionList } from './schemas/champion.ts';
import type { Legislator } from './schemas/legislator.ts';

export type ChampionView = Champion & { legislator: Legislator };

/**
 * Joins each champion to a sitting legislator by slug, so a typo or a departed member fails the build instead of
 * silently dropping a champion. Sorted by chamber (House first), then family name.
 */
export function resolveChampions(list: ChampionList, legislators: readonly Legislator[]): ChampionView[] {
  const bySlug = new Map(legislators.map((l) => [l.slug, l]));
  const entries = Object.entries(list);
  const unknown = entries.filter(([slug]) => !bySlug.has(slug)).map(([slug]) => slug);
  if (unknown.length > 0) {
    throw new Error(
      `content/champions.yaml names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} ` +
        "not a sitting legislator's slug (see /legislators/<slug>/)",
    );
  }
  return entries
    .map(([slug, champion]) => ({ ...champion, legislator: bySlug.get(slug)! }))
    .sort(
      (a, b) =>
        a.legislator.chamber.localeCompare(b.legislator.chamber) ||
        a.legislator.familyName.localeCompare(b.legislator.familyName, 'en') ||
        a.legislator.name.localeCompare(b.legislator.name, 'en'),
    );
}

/** The champion record of one legislator, or null: decides whether their page shows the badge. */
export function championFor(champions: readonly ChampionView[], legislatorId: string): ChampionView | null {
  return champions.find((c) => c.legislator.id === legislatorId) ?? null;
}

/** "Mentoring champion since March 2027", the badge's words. */
export function championSinceText(since: string): string {
  const month = new Date(`${since}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `Mentoring champion since ${month}`;
}
