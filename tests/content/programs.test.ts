// The shipped program directory: every file valid, the functions' JSON index in step with the YAML, each program
// with its source, each placed in its towns' districts, and every district given at least three nearest programs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { z } from 'zod';
import { coverage, loadImportContext } from '../../scripts/import-programs.ts';
import {
  briefPrograms,
  districtOrigins,
  nearestPrograms,
  placePrograms,
  programMiles,
} from '../../src/lib/programs.ts';
import { programsForDistrict } from '../../src/lib/programs.ts';
import { districtSchema } from '../../src/lib/schemas/district.ts';
import { placedProgramSchema, programSchema } from '../../src/lib/schemas/program.ts';
import { placesSchema } from '../../src/lib/schemas/places.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';

const files = readdirSync('content/programs')
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const programs = files.map((f) => programSchema.parse(yaml.load(readFileSync(`content/programs/${f}`, 'utf8'))));
const index = z.array(placedProgramSchema).parse(JSON.parse(readFileSync('content/programs.json', 'utf8')));
const districts = z.array(districtSchema).parse(JSON.parse(readFileSync('content/districts.json', 'utf8')));
const towns = placesSchema.parse(JSON.parse(readFileSync('content/places.json', 'utf8'))).towns;
const ctx = loadImportContext();
const placed = placePrograms(programs, ctx);
const bySlug = (slug: string) => programs.find((p) => p.slug === slug)!;

describe('the program directory', () => {
  it('ships at least 100 programs, each file named after its slug, each with its source', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(programs.map((p) => p.slug));
    expect(new Set(programs.map((p) => p.slug)).size).toBe(programs.length);
    expect(programs.length).toBeGreaterThanOrEqual(100);
    for (const p of programs) expect(p.source.url ?? p.source.note, p.slug).toBeTruthy();
  });

  it('lists every program of the sourced file, with its source address and quote kept word for word', () => {
    const sourced = parseCsvRecords(readFileSync('content/programs-sourced.csv', 'utf8'));
    expect(sourced).toHaveLength(106);
    for (const row of sourced) {
      const match = programs.find((p) => p.source.url === row.source_url && p.source.quote === row.source_quote);
      expect(match, row.name).toBeDefined();
      if (row.kinds) expect(match!.kinds, row.name).toBe(row.kinds);
    }
  });

  it('keeps the six programs the organization named, merged with the sourced ones that are the same program', () => {
    const own = parseCsvRecords(readFileSync('content/programs.csv', 'utf8')).map((r) => r.slug);
    expect(own).toEqual([
      'big-brothers-big-sisters-of-hampden-county',
      'springfield-school-volunteers',
      'mentor-springfield',
      'massmutual-career-pathways-program',
      'youth-options-unlimited',
      'holland-elementary-school-partnership',
    ]);
    for (const slug of own) expect(bySlug(slug!), slug).toBeDefined();
    expect(bySlug('springfield-school-volunteers')).toMatchObject({
      types: ['school-based'],
      source: { url: expect.stringMatching(/^https:\/\/springfieldschoolvolunteers\.org/) },
    });
    expect(bySlug('big-brothers-big-sisters-of-hampden-county').towns).toEqual(['Springfield', 'Holyoke']);
  });

  it("calls MassMutual Career Pathways workplace mentoring, as the partnership's case study describes it", () => {
    expect(bySlug('massmutual-career-pathways-program').types).toEqual(['workplace']);
  });

  it("keeps our own notes apart from the sources' words: no note is dressed as a quote", () => {
    for (const p of programs) {
      if (p.source.note) expect(p.source.note, p.slug).not.toMatch(/[“”"]/);
    }
  });

  it('places each program at the centre of each of its towns (none has a street address yet)', () => {
    for (const p of programs) {
      expect(p.precision, p.slug).toBe('town');
      const centres = p.towns.map((name) => ({ town: name, ...towns.find((t) => t.town === name)!.centre }));
      expect(p.locations, p.slug).toEqual(centres);
    }
  });

  it('keeps content/programs.json (what functions read) equal to the YAML placed in its districts', () => {
    const bySlugOrder = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : 1);
    expect(index).toEqual([...placed].sort(bySlugOrder));
  });

  it('puts each program in every district of its towns, and "inside" only where one of its points lies', () => {
    for (const p of placed) {
      const own = towns.filter((t) => p.towns.includes(t.town));
      const names = p.districts.house.map((id) => ctx.districtNames.get(id)).sort();
      expect(names, p.slug).toEqual([...new Set(own.flatMap((t) => t.house))].sort());
      for (const id of p.inside.house) expect(p.districts.house, p.slug).toContain(id);
      expect(p.inside.house.length, p.slug).toBeLessThanOrEqual(p.towns.length);
    }
  });

  it('gives every one of the 200 districts at least three programs to show, the nearest first', () => {
    expect(districts).toHaveLength(200);
    for (const d of districts) {
      const shown = programsForDistrict(placed, d, towns);
      expect(shown.inside.length + shown.sharedTowns.length + shown.nearest.length, d.name).toBeGreaterThanOrEqual(3);
      expect(shown.nearest.length, d.name).toBe(3);
      const miles = shown.nearest.map((n) => n.miles);
      expect(miles, d.name).toEqual([...miles].sort((a, b) => a - b));
    }
  });

  it('names at least the three nearest programs on every district page and brief', () => {
    for (const d of districts) {
      const origins = districtOrigins(d, towns);
      const nearestThree = nearestPrograms(placed, origins)
        .slice(0, 3)
        .map((n) => n.miles);
      const page = programsForDistrict(placed, d, towns);
      const onPage = [...page.inside, ...page.sharedTowns].map((p) => programMiles(p, origins)!);
      const brief = briefPrograms(placed, d, towns);
      const inBrief = [...brief.listed.map((p) => programMiles(p, origins)!), ...brief.nearest.map((n) => n.miles)];
      for (const named of [[...onPage, ...page.nearest.map((n) => n.miles)], inBrief]) {
        expect(named.length, d.name).toBeGreaterThanOrEqual(3);
        // the three smallest distances named are the three smallest there are (ties may name either program)
        expect([...named].sort((a, b) => a - b).slice(0, 3), d.name).toEqual(nearestThree);
      }
    }
  });

  it('reports the coverage the README quotes', () => {
    expect(
      coverage(
        placed,
        districts.map((d) => d.id),
      ),
    ).toEqual({ inside: 77, insideOrShared: 140, total: 200 });
  });
});
