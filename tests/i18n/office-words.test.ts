// The call section's office-status sentence and hours in Spanish and Portuguese (issue 19): every word, the day's
// and month's names and the way hours are written, in the caller's language; the English stays as it was.
import { describe, expect, it } from 'vitest';
import hoursJson from '../../content/call-hours.json';
import { officeAssumptionIn, officeHoursIn, officeStatusIn } from '../../src/i18n/office-words.ts';
import { officeHoursSchema } from '../../src/lib/schemas/office-hours.ts';

const hours = officeHoursSchema.parse(hoursJson);
// Monday, November 30, 2026: 10 a.m. and 7 a.m. in Boston; Tuesday 6 p.m.; Saturday noon
const mondayMorning = new Date('2026-11-30T15:00:00Z');
const beforeOpening = new Date('2026-11-30T12:00:00Z');
const tuesdayEvening = new Date('2026-12-01T23:00:00Z');
const saturday = new Date('2026-12-05T17:00:00Z');

describe('whether State House offices answer now, in Spanish', () => {
  it('says they are open and until when, on a 24-hour clock', () => {
    expect(officeStatusIn('es', mondayMorning, hours)).toBe(
      'Las oficinas del Capitolio estatal están abiertas ahora: contestan hasta las 17:00, hora del Este.',
    );
  });

  it('says when they open again: today, tomorrow, or the weekday and date in Spanish', () => {
    expect(officeStatusIn('es', beforeOpening, hours)).toBe(
      'Las oficinas del Capitolio estatal están cerradas ahora. Vuelven a abrir hoy a las 9:00, hora del Este. ' +
        'Puede dejar un mensaje de voz ahora o volver a llamar a esa hora.',
    );
    expect(officeStatusIn('es', tuesdayEvening, hours)).toContain('Vuelven a abrir mañana a las 9:00');
    expect(officeStatusIn('es', saturday, hours)).toContain('Vuelven a abrir el lunes 7 de diciembre a las 9:00');
  });

  it('states the hours and that they are our assumption', () => {
    expect(officeHoursIn('es', hours)).toBe('de lunes a viernes, de 9:00 a 17:00, hora del Este');
    expect(officeAssumptionIn('es', hours)).toMatch(/^Suponemos que/);
  });
});

describe('whether State House offices answer now, in Portuguese', () => {
  it('says they are open and until when', () => {
    expect(officeStatusIn('pt', mondayMorning, hours)).toBe(
      'Os gabinetes da Assembleia estadual estão abertos agora: atendem até as 17h, horário do Leste.',
    );
  });

  it('says when they open again: today, tomorrow, or the weekday and date in Portuguese', () => {
    expect(officeStatusIn('pt', beforeOpening, hours)).toBe(
      'Os gabinetes da Assembleia estadual estão fechados agora. Voltam a abrir hoje às 9h, horário do Leste. ' +
        'Você pode deixar um recado na caixa postal agora ou ligar de novo nesse horário.',
    );
    expect(officeStatusIn('pt', tuesdayEvening, hours)).toContain('Voltam a abrir amanhã às 9h');
    expect(officeStatusIn('pt', saturday, hours)).toContain('Voltam a abrir segunda-feira, 7 de dezembro, às 9h');
  });

  it('states the hours and that they are our assumption', () => {
    expect(officeHoursIn('pt', hours)).toBe('de segunda a sexta, das 9h às 17h, horário do Leste');
    expect(officeAssumptionIn('pt', hours)).toMatch(/^Supomos que/);
  });
});

describe("an hour's article agrees with it: one o'clock (and midnight in Portuguese) takes the singular", () => {
  // offices that opened at 1 in the morning and closed at 1 in the afternoon, or at midnight
  const early = { ...hours, opens: 1, closes: 13 };
  const late = { ...hours, opens: 13, closes: 24 };
  const atFour = new Date('2026-11-30T09:00:00Z'); // Monday, 4 a.m. in Boston: open
  const atMidnight = new Date('2026-11-30T05:00:00Z'); // Monday, 0:00 in Boston: closed until 1

  it('in Portuguese: à 1h, até a 1h, da 1h, à 0h, but às 13h', () => {
    expect(officeStatusIn('pt', atMidnight, early)).toContain('Voltam a abrir hoje à 1h, horário do Leste.');
    expect(officeStatusIn('pt', atFour, early)).toContain('atendem até as 13h, horário do Leste.');
    expect(officeStatusIn('pt', atFour, late)).toContain('Voltam a abrir hoje às 13h, horário do Leste.');
    expect(officeHoursIn('pt', early)).toBe('de segunda a sexta, da 1h às 13h, horário do Leste');
    expect(officeHoursIn('pt', late)).toBe('de segunda a sexta, das 13h à 0h, horário do Leste');
    expect(officeHoursIn('pt', { ...hours, opens: 0, closes: 1 })).toBe(
      'de segunda a sexta, da 0h à 1h, horário do Leste',
    );
    expect(officeStatusIn('pt', atMidnight, { ...hours, opens: 0, closes: 1 })).toContain('atendem até a 1h,');
  });

  it('in Spanish: a la 1:00, hasta la 1:00, but a las 13:00 and a las 0:00', () => {
    expect(officeStatusIn('es', atMidnight, early)).toContain('Vuelven a abrir hoy a la 1:00, hora del Este.');
    expect(officeStatusIn('es', atMidnight, { ...hours, opens: 0, closes: 1 })).toContain('contestan hasta la 1:00,');
    expect(officeStatusIn('es', atFour, early)).toContain('contestan hasta las 13:00, hora del Este.');
    expect(officeHoursIn('es', late)).toBe('de lunes a viernes, de 13:00 a 0:00, hora del Este');
  });

  it('in English: unchanged', () => {
    expect(officeStatusIn('en', atMidnight, early)).toContain('They open again today at 1 a.m. Eastern time.');
    expect(officeStatusIn('en', atFour, early)).toContain('they answer until 1 p.m. Eastern time.');
  });
});

describe('the first of a month, as each language writes it', () => {
  // Saturday, January 30, 2027, noon in Boston: offices open again on Monday, February 1
  const beforeTheFirst = new Date('2027-01-30T17:00:00Z');

  it('is "1º de fevereiro" in Portuguese, "1 de febrero" in Spanish and "February 1" in English', () => {
    expect(officeStatusIn('pt', beforeTheFirst, hours)).toContain(
      'Voltam a abrir segunda-feira, 1º de fevereiro, às 9h',
    );
    expect(officeStatusIn('es', beforeTheFirst, hours)).toContain('Vuelven a abrir el lunes 1 de febrero a las 9:00');
    expect(officeStatusIn('en', beforeTheFirst, hours)).toContain('They open again on Monday, February 1 at 9 a.m.');
  });
});

describe('in English', () => {
  it('keeps the sentences and the content’s hours as they were', () => {
    expect(officeStatusIn('en', saturday, hours)).toBe(
      'State House offices are closed now. They open again on Monday, December 7 at 9 a.m. Eastern time. ' +
        'You can leave a voicemail now, or call back then.',
    );
    expect(officeHoursIn('en', hours)).toBe('Weekdays, 9 a.m. to 5 p.m. Eastern time');
    expect(officeAssumptionIn('en', hours)).toBe(hours.assumption);
  });

  it('falls back to the English hours for days other than Monday to Friday, rather than a wrong translation', () => {
    const saturdays = { ...hours, days: [6] };
    expect(officeHoursIn('es', saturdays)).toBe('Saturdays, 9 a.m. to 5 p.m. Eastern time');
  });
});
