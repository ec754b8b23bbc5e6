// The call section's live words in Portuguese (see call/en.ts for where each shows). Part of pt.ts, so a draft too.
import type { callEn } from './en.ts';

export const callPt: Record<keyof typeof callEn, string> = {
  'js.call.open': 'Os gabinetes da Assembleia estadual estão abertos agora: atendem {until}, horário do Leste.',
  'js.call.closed':
    'Os gabinetes da Assembleia estadual estão fechados agora. Voltam a abrir {day} {at}, horário do Leste. ' +
    'Você pode deixar um recado na caixa postal agora ou ligar de novo nesse horário.',
  'js.call.today': 'hoje',
  'js.call.tomorrow': 'amanhã',
  'js.call.onDay': '{weekday}, {day} de {month},',
  'js.call.firstDay': '1º',
  'js.call.clock': '24',
  'js.call.hourMorning': '{hour}h',
  'js.call.hourAfternoon': '{hour}h',
  'js.call.atOne': 'à {hour}',
  'js.call.atOther': 'às {hour}',
  'js.call.untilOne': 'até a {hour}',
  'js.call.untilOther': 'até as {hour}',
  'js.call.countNone': '{count} ligações para legisladores contadas até agora nesta campanha.',
  'js.call.countOne':
    '{count} ligação para legisladores contada até agora nesta campanha ({staff} com alguém do gabinete na linha).',
  'js.call.countMany':
    '{count} ligações para legisladores contadas até agora nesta campanha, {staff} delas com alguém do gabinete ' +
    'na linha.',
  // the hours as the call section and the call sheet state them in Spanish and Portuguese (English says the content's)
  'call.hoursWeekdays': 'de segunda a sexta, {from} {to}, horário do Leste',
  'call.fromOne': 'da {hour}',
  'call.fromOther': 'das {hour}',
  'call.toOne': 'à {hour}',
  'call.toOther': 'às {hour}',
  'call.hoursAssumption':
    'Supomos que os gabinetes da Assembleia estadual atendem o telefone de segunda a sexta, das 9h às 17h, horário ' +
    'do Leste. É uma suposição nossa, não um horário publicado pelos gabinetes: um gabinete pode estar fechado num ' +
    'feriado ou ter outro horário, e deixar um recado na caixa postal sempre vale.',
};
