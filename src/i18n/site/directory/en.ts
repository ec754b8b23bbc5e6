// The mentoring program directory in English: its index, filter form, filtered pages and cards. Part of en.ts.
// The programs' own pages, names and sources stay in English (editors' and programs' words).
import { ageBands, programTypeLabels } from '../../../lib/program-filters.ts';

const ageBand = (id: (typeof ageBands)[number]['id']) => ageBands.find((b) => b.id === id)?.label ?? id;

export const directoryEn = {
  'programs.title': 'Mentoring programs',
  'programs.description':
    'Youth mentoring programs in Massachusetts, by city or town, House and Senate district, type of mentoring and ' +
    'ages served.',
  'programs.lede':
    'Youth mentoring programs in Massachusetts, with the House and Senate districts they are in. Filter by town, ' +
    'district, type of mentoring or ages.',
  'programs.submit': 'Run a mentoring program? Ask to be listed, or to correct a listing',
  'programs.results': 'Programs',
  'programs.showingAll': 'Showing all {count} programs.',
  'programs.empty': 'No program in the directory matches all of these filters. Try fewer filters, or {showAll}.',
  'programs.showAllLower': 'show all programs',
  'programs.showAll': 'Show all programs',
  'programs.inEnglish': 'Each program’s own page, with its source, is in English.',
  'programs.filtered': 'Filtered',
  'programs.filteredTitle': 'Mentoring programs: {chosen}',
  'programs.filteredOne': '1 mentoring program in Massachusetts: {chosen}.',
  'programs.filteredMany': '{count} mentoring programs in Massachusetts: {chosen}.',
  'programs.matchOne': '1 program matches these filters.',
  'programs.matchMany': '{count} programs match these filters.',
  'programs.houseDistrict': '{district} House district',
  'programs.senateDistrict': '{district} Senate district',
  'programs.noMatchTitle': 'No programs match these filters',
  'programs.noMatchCrumb': 'No match',
  'programs.noMatchLede':
    'No program in the directory matches all of the filters you chose. Many programs do not list their type or ' +
    'ages yet, so try fewer filters.',

  'directory.aboutTitle': 'About this directory.',
  'directory.about':
    'It lists the programs {organization} has named and programs found on public pages (program and agency sites, ' +
    'local news), each with its source: not every mentoring program in Massachusetts, and not statements by the ' +
    'programs unless a listing says it was made at the program’s request. Some sources are years old. Programs ' +
    'without a published street address are placed at the center of each of their cities and towns. Details a ' +
    'source does not give say “not listed”.',

  'filter.title': 'Filter programs',
  'filter.town': 'City or town',
  'filter.anyTown': 'Any town',
  'filter.district': 'District',
  'filter.anyDistrict': 'Any district',
  'filter.houseDistricts': 'House districts',
  'filter.senateDistricts': 'Senate districts',
  'filter.houseDistrict': '{district} (House)',
  'filter.senateDistrict': '{district} (Senate)',
  'filter.type': 'Type of mentoring',
  'filter.anyType': 'Any type',
  'filter.ages': 'Ages served',
  'filter.anyAge': 'Any age',
  'filter.show': 'Show programs',
  'filter.clear': 'Clear filters',

  'programType.school-based': programTypeLabels['school-based'],
  'programType.site-based': programTypeLabels['site-based'],
  'programType.community': programTypeLabels.community,
  'programType.workplace': programTypeLabels.workplace,
  'programType.e-mentoring': programTypeLabels['e-mentoring'],
  'ageBand.elementary': ageBand('elementary'),
  'ageBand.middle': ageBand('middle'),
  'ageBand.high': ageBand('high'),
  'ageBand.young-adult': ageBand('young-adult'),

  'programCard.type': 'Type:',
  'programCard.notListed': 'not listed',
  'programCard.sourceSays': '(its source says: {kinds})',
  'programCard.schools': 'Schools:',
  'programCard.statewide': 'Statewide: no town listed',
  'programCard.townCenter': '{towns} (no street address listed: placed at the town center)',

  'js.programs.all': 'Showing all {count} programs.',
  'js.programs.some': 'Showing {shown} of {count} programs.',
} satisfies Record<string, string>;
