// The generated alert data the send-alerts function imports: it must be what content says.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertDataJson, readAlerts } from '../../scripts/alert-data.ts';

describe('alert data generated from content', () => {
  it('is committed up to date (npm run data:alerts), so the function emails what the pages show', () => {
    expect(readFileSync('src/data/alerts.json', 'utf8')).toBe(alertDataJson());
  });
});

describe('alert translations', () => {
  const english = `---
title: "The House votes"
date: 2027-04-20
summary: The House debates its budget this week.
deadline:
  date: 2027-04-25
  label: Amendments due
---
`;
  const translation = (fields: string) => `---\ntranslationOf: house-votes\n${fields}\n---\nTexto.\n`;
  function alertsIn(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'alerts-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      return readAlerts(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('go with their English alert, so its email can be sent in each language', () => {
    const [alert] = alertsIn({
      'house-votes.md': english,
      'es/house-votes.md': translation(
        'locale: es\ntitle: La Cámara vota\nsummary: La Cámara debate su presupuesto.\ndeadlineLabel: Enmiendas',
      ),
    });
    expect(alert!.translations).toEqual({
      es: { title: 'La Cámara vota', summary: 'La Cámara debate su presupuesto.', deadlineLabel: 'Enmiendas' },
    });
  });

  it('fail the build when they name no alert, sit in another language’s folder, or drop the deadline', () => {
    const pt = 'locale: pt\ntitle: A Câmara vota\nsummary: A Câmara debate.\ndeadlineLabel: Emendas';
    expect(() =>
      alertsIn({ 'house-votes.md': english, 'pt/other.md': translation(pt).replace('house-votes', 'nope') }),
    ).toThrow(/pt\/other.md: no English alert named nope/);
    expect(() => alertsIn({ 'house-votes.md': english, 'es/house-votes.md': translation(pt) })).toThrow(
      /locale is pt, but the file is in es\//,
    );
    const noDeadline = 'locale: pt\ntitle: A Câmara vota\nsummary: A Câmara debate.';
    expect(() => alertsIn({ 'house-votes.md': english, 'pt/house-votes.md': translation(noDeadline) })).toThrow(
      /deadlineLabel must be given/,
    );
  });
});
