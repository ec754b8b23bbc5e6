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
  it('ships the six programs the organization has named, each file named after its slug', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(programs.map((p) => p.slug));
    expect(programs.map((p) => p.name)).toEqual([
      'Big Brothers Big Sisters of Hampden County',
      'Holland Elementary School partnership',
      'MassMutual Career Pathways Program',
      'Mentor Springfield',
      'Springfield School Volunteers',
      'Youth Options Unlimited',
    ]);
  });

  it('places every shipped program at its town centre, marked as town-level, with no invented details', () => {
    for (const p of programs) {
      const town = towns.find((t) => t.town === p.town)!;
      expect(p.precision, p.slug).toBe('town');
      expect(p.location, p.slug).toEqual(town.centre);
      expect([p.ages, p.website, p.description, p.address, p.languages.length, p.focus.length], p.slug).toEqual([undefined, undefined, undefined, undefined, 0, 0]);
    }
    expect(programs.find((p) => p.slug === 'big-brothers-big-sisters-of-hampden-county')).toMatchObject({ town: 'Springfield', area: 'Hampden County' });
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
    const nonEmpty = Object.fromEntries(
      districts
        .map((d) => [d.name, programsInDistrict(placed, d.id).map((p) => p.slug)] as const)
        .filter(([, list]) => list.length > 0),
    );
    expect(nonEmpty).toMatchInlineSnapshot(`
      {
        "11th Hampden": [
          "big-brothers-big-sisters-of-hampden-county",
          "massmutual-career-pathways-program",
          "mentor-springfield",
          "springfield-school-volunteers",
        ],
        "15th Suffolk": [
          "holland-elementary-school-partnership",
          "youth-options-unlimited",
        ],
        "Hampden": [
          "big-brothers-big-sisters-of-hampden-county",
          "massmutual-career-pathways-program",
          "mentor-springfield",
          "springfield-school-volunteers",
        ],
        "Second Suffolk": [
          "holland-elementary-school-partnership",
          "youth-options-unlimited",
        ],
      }
    `);
  });
});
