// The call section's live words in Spanish (see call/en.ts for where each shows). Part of es.ts, so a draft too.
import type { callEn } from './en.ts';

export const callEs: Record<keyof typeof callEn, string> = {
  'js.call.open': 'Las oficinas del Capitolio estatal están abiertas ahora: contestan {until}, hora del Este.',
  'js.call.closed':
    'Las oficinas del Capitolio estatal están cerradas ahora. Vuelven a abrir {day} {at}, hora del Este. ' +
    'Puede dejar un mensaje de voz ahora o volver a llamar a esa hora.',
  'js.call.today': 'hoy',
  'js.call.tomorrow': 'mañana',
  'js.call.onDay': 'el {weekday} {day} de {month}',
  'js.call.firstDay': '1',
  'js.call.clock': '24',
  'js.call.hourMorning': '{hour}:00',
  'js.call.hourAfternoon': '{hour}:00',
  'js.call.atOne': 'a la {hour}',
  'js.call.atOther': 'a las {hour}',
  'js.call.untilOne': 'hasta la {hour}',
  'js.call.untilOther': 'hasta las {hour}',
  'js.call.countNone': '{count} llamadas a legisladores contadas hasta ahora en esta campaña.',
  'js.call.countOne':
    '{count} llamada a legisladores contada hasta ahora en esta campaña ({staff} con alguien de la oficina al ' +
    'teléfono).',
  'js.call.countMany':
    '{count} llamadas a legisladores contadas hasta ahora en esta campaña, {staff} de ellas con alguien de la ' +
    'oficina al teléfono.',
  // the hours as the call section and the call sheet state them in Spanish and Portuguese (English says the content's)
  'call.hoursWeekdays': 'de lunes a viernes, {from} {to}, hora del Este',
  'call.fromOne': 'de {hour}',
  'call.fromOther': 'de {hour}',
  'call.toOne': 'a {hour}',
  'call.toOther': 'a {hour}',
  'call.hoursAssumption':
    'Suponemos que las oficinas del Capitolio estatal contestan el teléfono de lunes a viernes, de 9:00 a 17:00, ' +
    'hora del Este. Es una suposición nuestra, no un horario que publiquen las oficinas: una oficina puede estar ' +
    'cerrada un día festivo o tener otro horario, y siempre puede dejar un mensaje de voz.',
};
