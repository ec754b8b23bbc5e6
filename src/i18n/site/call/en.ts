// The call section's live words (src/client/call-action.ts) and the call sheet's office status
// (src/server/call-sheet.ts): whether State House offices answer now, and the campaign's count of calls. Part of
// en.ts. `{at}` and `{until}` are js.call.at… and js.call.until… around an hour written by js.call.hourMorning or
// js.call.hourAfternoon on the clock js.call.clock names (12 or 24 hours): the …One form where the language's plural
// rule calls the hour's number "one" (Portuguese 0 and 1, Spanish 1), for the article ("à 1h", "a la 1:00");
// `{day}` is js.call.today, js.call.tomorrow or js.call.onDay (`{weekday}` and `{month}` in the language's own names,
// `{day}` the day of the month: js.call.firstDay on the first).
// call.hoursWeekdays' `{from}` and `{to}` are call.from… and call.to… around an hour written the same way.
export const callEn = {
  'js.call.open': 'State House offices are open now: they answer {until} Eastern time.',
  'js.call.closed':
    'State House offices are closed now. They open again {day} {at} Eastern time. You can leave a ' +
    'voicemail now, or call back then.',
  'js.call.today': 'today',
  'js.call.tomorrow': 'tomorrow',
  'js.call.onDay': 'on {weekday}, {month} {day}',
  'js.call.firstDay': '1',
  'js.call.clock': '12',
  'js.call.hourMorning': '{hour} a.m.',
  'js.call.hourAfternoon': '{hour} p.m.',
  'js.call.atOne': 'at {hour}',
  'js.call.atOther': 'at {hour}',
  'js.call.untilOne': 'until {hour}',
  'js.call.untilOther': 'until {hour}',
  'js.call.countNone': '{count} calls to legislators counted so far in this campaign.',
  'js.call.countOne':
    '{count} call to legislators counted so far in this campaign, {staff} of them with staff on the line.',
  'js.call.countMany':
    '{count} calls to legislators counted so far in this campaign, {staff} of them with staff on the line.',
  // the hours as the call section and the call sheet state them in Spanish and Portuguese (English says the content's)
  'call.hoursWeekdays': 'Weekdays, {from} {to} Eastern time',
  'call.fromOne': 'from {hour}',
  'call.fromOther': 'from {hour}',
  'call.toOne': 'to {hour}',
  'call.toOther': 'to {hour}',
  'call.hoursAssumption':
    'We assume State House offices answer the phone on weekdays from 9 a.m. to 5 p.m., Eastern time. This is our ' +
    'own assumption, not a schedule the offices publish: an office may be closed on a holiday or keep other hours, ' +
    'and a voicemail is always fine.',
};
