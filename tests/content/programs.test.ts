// The shipped program directory: every file valid, the functions' JSON index in step with the YAML, and each
// district holding exactly the programs whose location its boundary contains.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { z } from 'zod';
import { loadImportContext } from '../../scripts/import-programs.ts';
import { placePrograms, programsInDistrict } from '../../src/lib/programs.ts';
import { districtSchema } from '../../src/lib/schemas/district.ts';
import { placedProgramSchema, programSchema } from '../../src/lib/schemas/program.ts';
import { placesSchema } from '../../src/lib/schemas/places.ts';

const files = readdirSync('content/programs').filter((f) => f.endsWith('.yaml')).sort();
const programs = files.map((f) => programSchema.parse(yaml.load(readFileSync(`content/programs/${f}`, 'utf8'))));
const index = z.array(placedProgramSchema).parse(JSON.parse(readFileSync('content/programs.json', 'utf8')));
const districts = z.array(districtSchema).parse(JSON.parse(readFileSync('content/districts.json', 'utf8')));
const towns = placesSchema.parse(JSON.parse(readFileSync('content/places.json', 'utf8'))).towns;
const ctx = loadImportContext();
const placed = placePrograms(programs, ctx.locate);

describe('the program directory', () => {
  // Editors add programs (by hand or from the CSV): these check every listing, not which ones there are.
  it('ships programs, each file named after its slug', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(programs.map((p) => p.slug));
  });

  it('places a town-level program at its town centre, and a precise one at its published street address', () => {
    for (const p of programs) {
      const town = towns.find((t) => t.town === p.town);
      expect(town, `${p.slug}: ${p.town} is not a Massachusetts city or town`).toBeDefined();
      if (p.precision === 'town') expect(p.location, p.slug).toEqual(town!.centre);
      else expect(p.address, p.slug).toBeTruthy();
    }
  });

  it('keeps content/programs.json (what functions read) equal to the YAML placed by the district boundaries', () => {
    expect(index).toEqual(placed);
  });

  it('lists each program in exactly one House and one Senate district, both among its town\'s districts', () => {
    for (const p of placed) {
      const holding = districts.filter((d) => programsInDistrict(placed, d.id).includes(p));
      expect(holding.map((d) => d.chamber).sort(), p.slug).toEqual(['house', 'senate']);
      const town = towns.find((t) => t.town === p.town)!;
      expect(town.house, p.slug).toContain(holding.find((d) => d.chamber === 'house')!.name);
      expect(town.senate, p.slug).toContain(holding.find((d) => d.chamber === 'senate')!.name);
    }
  });

  it('gives each district page exactly the programs inside its boundary', () => {
    const where = placed.map((p) => ({ slug: p.slug, ...ctx.locate(p.location.lon, p.location.lat) }));
    for (const d of districts) {
      const listed = programsInDistrict(placed, d.id).map((p) => p.slug);
      const inside = where.filter((w) => w[d.chamber] === d.id).map((w) => w.slug);
      expect(listed.sort(), d.name).toEqual(inside.sort());
    }
    expect(where.every((w) => w.house && w.senate)).toBe(true);
  });
});
