// Integrity of the committed data: what every page and function relies on. Read as the build reads it.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { committeeSchema } from '../../src/lib/schemas/committee.ts';
import { districtSchema } from '../../src/lib/schemas/district.ts';
import { legislatorSchema } from '../../src/lib/schemas/legislator.ts';
import { placesSchema } from '../../src/lib/schemas/places.ts';
import { slugify } from '../../src/lib/slug.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const legislators = z.array(legislatorSchema).parse(read('content/legislators.json'));
const districts = z.array(districtSchema).parse(read('content/districts.json'));
const committees = z.array(committeeSchema).parse(read('content/committees.json'));
const places = placesSchema.parse(read('content/places.json'));

describe('districts', () => {
  it('has all 160 House and 40 Senate districts, each id and slug once', () => {
    expect(districts.filter((d) => d.chamber === 'house')).toHaveLength(160);
    expect(districts.filter((d) => d.chamber === 'senate')).toHaveLength(40);
    expect(new Set(districts.map((d) => d.id)).size).toBe(200);
    for (const chamber of ['house', 'senate']) {
      const slugs = districts.filter((d) => d.chamber === chamber).map((d) => d.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('gives every district a shape on the map', () => {
    for (const chamber of ['house', 'senate'] as const) {
      const topo = read(`public/geo/${chamber}.topojson`) as {
        objects: { districts: { geometries: { id: string }[] } };
      };
      const ids = topo.objects.districts.geometries.map((g) => g.id).sort();
      expect(ids).toEqual(
        districts
          .filter((d) => d.chamber === chamber)
          .map((d) => d.id)
          .sort(),
      );
    }
  });

  it('keeps vacant seats as vacancies instead of dropping them', () => {
    const vacant = districts.filter((d) => d.legislatorId === null).map((d) => `${d.chamber}: ${d.name}`);
    expect(vacant).toEqual(['house: 1st Franklin', 'house: 17th Middlesex']);
  });

  it('gives every district an estimated 2020 population, each chamber adding up to the towns’ Census total', () => {
    const towns = places.towns.reduce((sum, t) => sum + t.population2020, 0);
    expect(towns).toBe(7_029_917); // Massachusetts, 2020 Census
    for (const chamber of ['house', 'senate'] as const) {
      const list = districts.filter((d) => d.chamber === chamber);
      for (const d of list) expect(d.populationEstimate2020, d.name).toBeGreaterThan(0);
      expect(
        list.reduce((sum, d) => sum + d.populationEstimate2020, 0),
        chamber,
      ).toBe(towns);
    }
  });

  it('places the State House in the 8th Suffolk House district (Boston, part)', () => {
    const eighth = districts.find((d) => d.chamber === 'house' && d.name === '8th Suffolk')!;
    expect(eighth.places.map((p) => p.town)).toContain('Boston');
    expect(eighth.overlaps).toContain('Third Suffolk');
  });
});

describe('legislators', () => {
  it('has 198 sitting members, 158 in the House and 40 in the Senate, each id and slug once', () => {
    expect(legislators).toHaveLength(198);
    expect(legislators.filter((l) => l.chamber === 'house')).toHaveLength(158);
    expect(new Set(legislators.map((l) => l.id)).size).toBe(198);
    expect(new Set(legislators.map((l) => l.slug)).size).toBe(198);
  });

  it("puts every legislator in a district that exists, and every district's member back in it", () => {
    for (const l of legislators) {
      const d = districts.find((x) => x.chamber === l.chamber && x.name === l.district);
      expect(d, `${l.name}: ${l.district}`).toBeDefined();
      expect(d!.id).toBe(l.districtId);
      expect(d!.slug).toBe(l.districtSlug);
      expect(d!.legislatorId).toBe(l.id);
    }
  });

  it('links every official photo over https on malegislature.gov (the only image host the CSP allows)', () => {
    for (const l of legislators) if (l.photoUrl) expect(l.photoUrl).toMatch(/^https:\/\/malegislature\.gov\//);
  });

  it('has official addresses only: @mahouse.gov for the House, @masenate.gov for the Senate', () => {
    for (const l of legislators) expect(l.email).toMatch(l.chamber === 'house' ? /@mahouse\.gov$/ : /@masenate\.gov$/);
  });

  it('records the Ways and Means chairs of both chambers', () => {
    const chairs = committees
      .filter((c) => c.name === 'Ways and Means' && c.chamber !== 'joint')
      .map((c) => c.members.find((m) => m.role === 'chair'));
    expect(chairs.every((m) => m?.legislatorId && legislators.some((l) => l.id === m.legislatorId))).toBe(true);
  });
});

describe('places', () => {
  it('covers the 351 cities and towns, 22 Boston wards and 703 ZIP codes, naming only real districts', () => {
    expect(places.towns).toHaveLength(351);
    expect(places.bostonWards).toHaveLength(22);
    expect(places.zips).toHaveLength(703);
    const known = new Set(districts.map((d) => `${d.chamber}:${d.name}`));
    for (const p of [...places.towns, ...places.zips, ...places.bostonWards]) {
      for (const n of p.house) expect(known.has(`house:${n}`)).toBe(true);
      for (const n of p.senate) expect(known.has(`senate:${n}`)).toBe(true);
    }
  });

  it('uses one slug rule for pages and data', () => {
    for (const d of districts) expect(d.slug).toBe(slugify(d.name));
  });
});

const shared = join(process.cwd(), '..', 'shared', 'data');
describe('data import', () => {
  // The import reads ../shared/data, which only an editor's checkout has; CI of a bare clone has nothing to compare.
  it.skipIf(!existsSync(shared))(
    'reproduces the committed data byte for byte',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'import-'));
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-data.ts', '--out', out], { stdio: 'pipe' });
        for (const file of [
          'content/legislators.json',
          'content/districts.json',
          'content/committees.json',
          'content/places.json',
          'content/geo/district-boundaries.json',
          'public/geo/house.topojson',
          'public/geo/senate.topojson',
        ]) {
          expect(readFileSync(join(out, file)).equals(readFileSync(file)), file).toBe(true);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
