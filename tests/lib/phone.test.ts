import { describe, expect, it } from 'vitest';
import legislators from '../../content/legislators.json';
import { parsePhone, telHref } from '../../src/lib/phone.ts';

describe('phone numbers as content lists them', () => {
  it('dials a plain number with the country code', () => {
    expect(telHref('617-722-2000')).toBe('tel:+16177222000');
    expect(parsePhone('617-722-2000')).toEqual({ digits: '6177222000', extension: null, display: '617-722-2000' });
  });

  it('keeps an extension apart from the number instead of gluing it on', () => {
    expect(telHref('508-757-0323 ext. 13')).toBe('tel:+15087570323;ext=13');
    expect(telHref('508-757-0323 ext. 13')).not.toBe('tel:+1508757032313');
    expect(parsePhone('508-757-0323 ext. 13')).toEqual({
      digits: '5087570323',
      extension: '13',
      display: '508-757-0323 ext. 13',
    });
  });

  it('reads other ways of writing the same number', () => {
    for (const text of ['(617) 722-2000', '617.722.2000', '+1 617 722 2000', '1-617-722-2000', ' 617-722-2000 ']) {
      expect(telHref(text), text).toBe('tel:+16177222000');
    }
    for (const text of [
      '508-757-0323 x13',
      '508-757-0323, ext 13',
      '508-757-0323 Extension 13',
      '508-757-0323;ext=13'.replace(';ext=', ' ext '),
    ]) {
      expect(telHref(text), text).toBe('tel:+15087570323;ext=13');
    }
  });

  it('refuses what is not a ten-digit number', () => {
    for (const text of ['', '722-2000', '617-722-20001', 'call 617-722-2000', '617-722-2000 ext.', 'ext. 13']) {
      expect(parsePhone(text), text).toBeNull();
    }
  });

  it('parses every phone number the legislator data lists', () => {
    const phones = legislators
      .flatMap((l) => [l.capitolOffice.phone, ...l.districtOffices.map((o) => o.phone)])
      .filter((p): p is string => Boolean(p));
    expect(phones.length).toBeGreaterThan(100);
    for (const phone of phones) expect(parsePhone(phone), phone).not.toBeNull();
  });
});
