/** Reads Open States person and committee YAML into the project's legislator and committee records. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { slugify } from '../../src/lib/slug.ts';
import { legislatorSchema, type CommitteeSeat, type Legislator } from '../../src/lib/schemas/legislator.ts';
import { committeeSchema, type Committee } from '../../src/lib/schemas/committee.ts';
import type { DistrictShapes } from './districts.ts';

/** The part of the Open States person schema we read (openstates-ma/schema.md); extra keys are ignored. */
const openStatesPerson = z.object({
  id: z.string(),
  name: z.string(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  email: z.string().optional(),
  image: z.string().optional(),
  party: z.array(z.object({ name: z.string(), end_date: z.union([z.string(), z.date()]).optional() })),
  roles: z.array(
    z.object({
      type: z.string(),
      district: z.union([z.string(), z.number()]).optional(),
      start_date: z.union([z.string(), z.date()]).optional(),
      end_date: z.union([z.string(), z.date()]).optional(),
    }),
  ),
  offices: z
    .array(
      z.object({
        classification: z.string(),
        address: z.string().optional(),
        voice: z.string().optional(),
        fax: z.string().optional(),
      }),
    )
    .default([]),
  links: z.array(z.object({ url: z.string() })).default([]),
  sources: z.array(z.object({ url: z.string() })).default([]),
  extras: z.record(z.string(), z.unknown()).optional(),
});

const openStatesCommittee = z.object({
  id: z.string(),
  name: z.string(),
  chamber: z.enum(['upper', 'lower', 'legislature']),
  classification: z.string(),
  links: z.array(z.object({ url: z.string() })).default([]),
  sources: z.array(z.object({ url: z.string() })).default([]),
  members: z
    .array(z.object({ name: z.string(), role: z.string().default('member'), person_id: z.string().optional() }))
    .default([]),
});

export type ImportedCommittee = { committee: Committee; memberRoles: Map<string, string> };

/** Accepts either a folder with legislature/ and committees/ or an openstates/people checkout (data/ma/...). */
function resolveFolder(root: string, name: 'legislature' | 'committees'): string {
  for (const candidate of [join(root, name), join(root, 'data', 'ma', name), join(root, 'ma', name)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no ${name}/ folder under ${root}`);
}

function readYamlFolder(folder: string): { file: string; doc: unknown }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, doc: yaml.load(readFileSync(join(folder, file), 'utf8')) }));
}

const committeeChamber = { upper: 'senate', lower: 'house', legislature: 'joint' } as const;

function toIsoDate(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Reads every committee; subcommittees are skipped because the site lists only full committees. */
export function readCommittees(root: string): ImportedCommittee[] {
  const committees: ImportedCommittee[] = [];
  const slugs = new Set<string>();
  for (const { file, doc } of readYamlFolder(resolveFolder(root, 'committees'))) {
    const raw = openStatesCommittee.parse(doc, { error: () => `bad committee YAML in ${file}` });
    if (raw.classification !== 'committee') continue;
    const chamber = committeeChamber[raw.chamber];
    let slug = slugify(`${chamber === 'joint' ? 'joint' : chamber} ${raw.name}`);
    if (slugs.has(slug)) slug = `${slug}-${raw.id.slice(-8)}`;
    slugs.add(slug);
    const memberRoles = new Map<string, string>();
    for (const m of raw.members) if (m.person_id) memberRoles.set(m.person_id, m.role);
    committees.push({
      memberRoles,
      committee: committeeSchema.parse({
        id: raw.id,
        slug,
        name: raw.name,
        chamber,
        url: raw.links[0]?.url ?? raw.sources[0]?.url ?? null,
        members: raw.members.map((m) => ({ legislatorId: m.person_id ?? null, name: m.name, role: m.role })),
      }),
    });
  }
  return committees.sort((a, b) => a.committee.slug.localeCompare(b.committee.slug, 'en'));
}

/**
 * Only the Legislature's own photos are shown (linked, never copied): the page's Content-Security-Policy allows
 * images from malegislature.gov alone, and a third-party photo has unclear terms. One record links http, which
 * browsers block as mixed content, so the same file is asked for over https.
 */
function officialPhoto(url: string | undefined): string | null {
  if (!url) return null;
  const https = url.replace(/^http:\/\//, 'https://');
  return https.startsWith('https://malegislature.gov/') ? https : null;
}

const roleOrder = ['chair', 'vice chair', 'assistant vice chair', 'ranking member'];
function roleRank(role: string): number {
  const i = roleOrder.indexOf(role.toLowerCase());
  return i === -1 ? roleOrder.length : i;
}

/** Reads the sitting legislators (one current House or Senate role each) and joins their committee seats. */
export function readLegislators(root: string, shapes: DistrictShapes, committees: ImportedCommittee[]): Legislator[] {
  const legislators: Legislator[] = [];
  const slugs = new Map<string, number>();
  for (const { file, doc } of readYamlFolder(resolveFolder(root, 'legislature'))) {
    const p = openStatesPerson.parse(doc, { error: () => `bad person YAML in ${file}` });
    const current = p.roles.filter((r) => (r.type === 'lower' || r.type === 'upper') && !r.end_date);
    if (current.length !== 1) throw new Error(`${file}: expected exactly one current House or Senate role`);
    const role = current[0]!;
    const chamber = role.type === 'lower' ? 'house' : 'senate';
    const district = String(role.district);
    const shape = shapes[chamber].get(district);
    if (!shape) throw new Error(`${file}: district "${district}" is not a MassGIS ${chamber} district`);

    const capitol = p.offices.find((o) => o.classification === 'capitol');
    const memberCode =
      (typeof p.extras?.['member code'] === 'string' ? p.extras['member code'] : null) ??
      p.links.map((l) => /\/Legislators\/Profile\/([A-Za-z0-9_]+)$/.exec(l.url)?.[1]).find(Boolean) ??
      null;
    const seats: CommitteeSeat[] = committees
      .filter((c) => c.memberRoles.has(p.id))
      .map((c) => ({
        committeeId: c.committee.id,
        committeeSlug: c.committee.slug,
        name: c.committee.name,
        chamber: c.committee.chamber,
        role: c.memberRoles.get(p.id)!,
      }))
      .sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.name.localeCompare(b.name, 'en'));

    const baseSlug = slugify(p.name);
    const seen = slugs.get(baseSlug) ?? 0;
    slugs.set(baseSlug, seen + 1);
    const currentParty = p.party.find((x) => !x.end_date) ?? p.party[0];

    legislators.push(
      legislatorSchema.parse({
        id: p.id,
        slug: seen === 0 ? baseSlug : `${baseSlug}-${seen + 1}`,
        name: p.name,
        givenName: p.given_name ?? p.name.split(' ')[0],
        familyName: p.family_name ?? p.name.split(' ').slice(-1)[0],
        chamber,
        district,
        districtId: shape.id,
        districtSlug: slugify(district),
        party: currentParty?.name ?? 'Unknown',
        email: p.email,
        capitolOffice: { address: capitol?.address ?? null, phone: capitol?.voice ?? null, fax: capitol?.fax ?? null },
        districtOffices: p.offices
          .filter((o) => o.classification.startsWith('district') && o.address)
          .map((o) => ({ address: o.address!, phone: o.voice ?? null })),
        photoUrl: officialPhoto(p.image),
        profileUrl: p.links.find((l) => l.url.includes('malegislature.gov/Legislators/Profile'))?.url ?? null,
        memberCode,
        servingSince: toIsoDate(role.start_date),
        committees: seats,
        sources: [...new Set(p.sources.map((s) => s.url))].filter((u) => /^https?:\/\//.test(u)),
      }),
    );
  }
  return legislators.sort(
    (a, b) =>
      a.familyName.localeCompare(b.familyName, 'en') ||
      a.name.localeCompare(b.name, 'en') ||
      a.id.localeCompare(b.id, 'en'),
  );
}
