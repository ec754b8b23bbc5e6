// The pledge map /map/ in English (src/components/pages/PledgeMapPage.astro, PledgeTable.astro, StateMap.astro), and
// the words its scripts show (`js.map.*`, read from the page: src/client/pledge-map.ts). Part of en.ts.
export const mapEn = {
  'map.title': 'Pledge map',
  'map.description':
    'How many people have pledged to mentor a young person, in each Massachusetts House and Senate district.',
  'map.lede':
    'Confirmed pledges to mentor a young person, by the House or Senate district the person lives in. ' +
    'No names: only counts.',
  'map.skip': 'Skip the map: the same numbers are in the table',
  'map.fallback': 'Shading the districts by their pledges needs JavaScript. The tables below have the numbers.',
  'map.summaryNoJs':
    'Pledge counts are live, so they need JavaScript. Without it, the counts per district are in {link}; ' +
    'the tables below list every district.',
  'map.summaryLink': 'the pledge summary (JSON)',
  'map.campaign': 'Campaign',
  'map.allCampaigns': 'All pledge campaigns',
  'map.show': 'Show',
  'map.districts': 'Districts',
  'map.house': 'House ({count})',
  'map.senate': 'Senate ({count})',
  'map.shadeBy': 'Shade districts by',
  'map.byRate': 'Pledges per 10,000 residents',
  'map.byCount': 'Number of pledges',
  'map.detailsHint':
    "Point at a district to see its numbers. With the keyboard: Tab into the map's districts, then the arrow keys " +
    "move from one to the next (by name). Click or press Enter to open a district's page.",
  'map.leaders': 'Leading districts',
  'map.everyDistrict': 'Every district: all {house} House and {senate} Senate districts in a table',
  'map.programs': 'Mentoring programs on the map',
  'map.programsText':
    "A program the directory places only by its town is marked at the town's center, not at an address. {link} " +
    'has more about each.',
  'map.programsLink': 'The program directory',
  'js.map.townCenter': '{town} (town center)',
  'map.rateTitle': 'How the rate is worked out',
  'map.rateText':
    "Pledges per 10,000 residents divides a district's confirmed pledges by its estimated 2020 population. The " +
    "Census counts people by city and town, not by district, so we share each town's 2020 population among its " +
    "districts in proportion to how many of the town's precincts each holds. Precincts are drawn to be about equal " +
    "in population, so this is close, but it is an estimate. Each chamber's estimates add up exactly to the state's " +
    '2020 population. More on {link}.',
  'map.rateLink': 'how the population is estimated',
  'map.confirmedOnly':
    'A pledge counts once it is confirmed by email, in the House and Senate districts of the address the person gave.',
  'map.svgHouse': "Map of Massachusetts' {count} House districts",
  'map.svgSenate': "Map of Massachusetts' {count} Senate districts",
  'map.tableHouse': 'Pledges by House district',
  'map.tableSenate': 'Pledges by Senate district',
  'map.captionHouse': 'Confirmed mentor pledges in each of the {count} House districts',
  'map.captionSenate': 'Confirmed mentor pledges in each of the {count} Senate districts',
  'map.column.district': 'District',
  'map.column.member': 'Member',
  'map.column.pledges': 'Pledges',
  'map.column.rate': 'Per 10,000 residents',
  'map.column.residents': 'Residents (estimate)',
  'map.vacant': 'Vacant',

  'js.map.loading': 'Loading the pledge counts…',
  'js.map.unknownCampaign': 'There is no pledge campaign with that name. Choose one from the list above.',
  'js.map.failed': 'The pledge counts could not be loaded just now. Try again later, or read {link}.',
  'js.map.failedLink': 'the pledge summary',
  'js.map.updated': 'Counts as of {time}.',
  'js.map.time': '{month} {day}, {year}, {time}',
  // the first of a month, as the language writes it (Portuguese "1º")
  'js.map.firstDay': '1',
  // "12" for "3:05 PM", "24" for "15:05"
  'js.map.clock': '12',
  'js.map.months': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
  'js.map.decimal': '.',
  'js.map.noneHouse': 'No confirmed pledges in any House district yet.',
  'js.map.noneSenate': 'No confirmed pledges in any Senate district yet.',
  'js.map.notLoaded': 'The counts have not loaded.',
  'js.map.leader': ': {pledges} ({member})',
  'js.map.pledgesOne': '{count} pledge',
  'js.map.pledgesMany': '{count} pledges',
  'js.map.detailsHouse': '{name} (House), {member}: {pledges}, {rate} per 10,000 residents',
  'js.map.detailsSenate': '{name} (Senate), {member}: {pledges}, {rate} per 10,000 residents',
  'js.map.representative': 'Representative {name}',
  'js.map.senator': 'Senator {name}',
  'js.map.seatVacant': 'seat vacant',
  'js.map.vacant': 'Vacant',
  'js.map.mapFailed': 'The map could not be drawn. The table has the same numbers.',
  'js.map.legendRate': 'Confirmed pledges per 10,000 residents',
  'js.map.legendCount': 'Confirmed pledges',
  'js.map.noPledges': 'No pledges',
  'js.map.upTo': 'up to {to}',
  'js.map.over': 'over {from} to {to}',
  'js.map.range': '{from} to {to}',
  'js.map.noneYet': 'No confirmed pledges yet.',
  'js.map.waitingOne': '{count} pledge waits for email confirmation.',
  'js.map.waitingMany': '{count} pledges wait for email confirmation.',
  'js.map.moreOne': '{count} more waits for email confirmation.',
  'js.map.moreMany': '{count} more wait for email confirmation.',
  'js.map.confirmedOne': '{count} confirmed pledge',
  'js.map.confirmedMany': '{count} confirmed pledges',
  'js.map.houseOne': '{count} House district',
  'js.map.houseMany': '{count} House districts',
  'js.map.senateOne': '{count} Senate district',
  'js.map.senateMany': '{count} Senate districts',
  'js.map.inOne': '{pledges} in {districts}: {top}.',
  'js.map.mostIn': '{pledges} in {districts}; most in {top} ({most}).',
  'js.map.mostInEach': '{pledges} in {districts}; most in {top} ({most} each).',
  'js.map.and': ' and ',
  'js.map.zoomIn': 'Zoom in',
  'js.map.zoomOut': 'Zoom out',
  'js.map.districtsHouse': 'House districts',
  'js.map.districtsSenate': 'Senate districts',
  'js.map.attribution': 'District lines: MassGIS',
};
