/**
 * Estimated population per legislative district, for "pledges per 10,000 residents". The Census counts people per
 * town; districts are made of whole towns and precincts. A town's 2020 population is shared among its districts in
 * proportion to how many of its precincts each holds (precincts are drawn to be roughly equal in population, so this
 * is an estimate, not a count).
 */

/** One precinct of a town and the district it lies in (one chamber). */
export type PrecinctInDistrict = { town: string; district: string };

/**
 * Splits each town's population among its districts by share of precincts, in whole people, so that the districts'
 * estimates add up exactly to the towns' total (largest remainder; ties go to the district named first).
 */
export function apportionPopulation(
  townPopulation: ReadonlyMap<string, number>,
  precincts: readonly PrecinctInDistrict[],
): Map<string, number> {
  const byTown = new Map<string, Map<string, number>>();
  for (const p of precincts) {
    const districts = byTown.get(p.town) ?? new Map<string, number>();
    districts.set(p.district, (districts.get(p.district) ?? 0) + 1);
    byTown.set(p.town, districts);
  }
  const result = new Map<string, number>();
  for (const [town, population] of townPopulation) {
    const districts = byTown.get(town);
    if (!districts) throw new Error(`${town}: no precincts, so its population cannot be placed in a district`);
    const total = [...districts.values()].reduce((s, n) => s + n, 0);
    const shares = [...districts]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([district, n]) => {
        const exact = (population * n) / total;
        return { district, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
      });
    let left = population - shares.reduce((s, x) => s + x.whole, 0);
    for (const share of [...shares].sort((a, b) => b.remainder - a.remainder)) {
      if (left <= 0) break;
      share.whole += 1;
      left -= 1;
    }
    for (const { district, whole } of shares) result.set(district, (result.get(district) ?? 0) + whole);
  }
  for (const town of byTown.keys()) {
    if (!townPopulation.has(town)) throw new Error(`${town}: precincts but no population`);
  }
  return result;
}
