import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../src/i18n/fill-message.ts';

describe('fillMessage', () => {
  it('fills every placeholder', () => {
    expect(fillMessage('Hola, {name}: {count} cartas', { name: 'Ana', count: 3 })).toBe('Hola, Ana: 3 cartas');
  });
  it('refuses a message whose value is missing, rather than showing the braces to a reader', () => {
    expect(() => fillMessage('Olá, {name}')).toThrow(/\{name\}/);
  });
});
