import { describe, expect, it } from 'vitest';
import { callKeys, callStageFor, fillCallScript, parseCountKey, summarizeCalls } from '../../src/lib/calls.ts';
import { campaignSchema } from '../../src/lib/schemas/campaign.ts';
import { siteData } from '../../src/server/campaign-data.ts';

const now = new Date('2026-11-30T15:00:00Z');
const key = (over: Partial<Parameters<typeof callKeys.count>[0]> = {}) =>
  callKeys.count({
    campaign: 'c',
    day: '2026-11-30',
    district: 'ma-house-054',
    legislator: 'bud-williams',
    outcome: 'left_voicemail',
    id: 'a1',
    ...over,
  });

describe('call counts from keys', () => {
  it('reads back what a count key records, and nothing from other keys', () => {
    expect(parseCountKey(key())).toEqual({
      campaign: 'c',
      day: '2026-11-30',
      district: 'ma-house-054',
      legislator: 'bud-williams',
      outcome: 'left_voicemail',
      id: 'a1',
    });
    for (const other of [
      'once/c/bud-williams/abc',
      'limit/abc/1/x',
      key({ outcome: 'shouted' as never }),
      key({ day: 'today' }),
      `${key()}/extra`,
    ]) {
      expect(parseCountKey(other), other).toBeNull();
    }
  });

  it('counts each key once, per outcome, district, legislator and day, for one campaign only', () => {
    const keys = [
      key(),
      key({ id: 'a2', outcome: 'no_answer' }),
      key({ id: 'a3', district: 'ma-senate-03', legislator: 'adam-gomez', day: '2026-12-01' }),
      key({ campaign: 'other' }),
      'junk',
    ];
    expect(summarizeCalls(keys, 'c', now)).toEqual({
      campaign: 'c',
      total: 3,
      byOutcome: { talked_to_staff: 0, left_voicemail: 2, no_answer: 1 },
      byDistrict: { 'ma-house-054': 2, 'ma-senate-03': 1 },
      byLegislator: { 'bud-williams': 2, 'adam-gomez': 1 },
      byDay: { '2026-11-30': 2, '2026-12-01': 1 },
      updatedAt: now.toISOString(),
    });
  });
});

describe('call scripts', () => {
  it('fills in the legislator and town, leaves the caller to say their name, and drops an empty stage sentence', () => {
    const script =
      'My name is {name} and I live in {town}. Please, {legislator}, fund it. {stage} No response is needed.';
    expect(fillCallScript(script, { legislator: 'Senator Ana Díaz', town: 'Lowell', stage: null })).toBe(
      'My name is (your name) and I live in Lowell. Please, Senator Ana Díaz, fund it. No response is needed.',
    );
    const stage = {
      committee: {
        name: 'House Committee on Ways and Means',
        chamber: 'house' as const,
        chair: null,
        sentence: 'Urge the chair.',
      },
    };
    expect(fillCallScript(script, { legislator: 'Senator Ana Díaz', town: null, stage })).toBe(
      'My name is (your name) and I live in (your town). Please, Senator Ana Díaz, fund it. Urge the chair. ' +
        'No response is needed.',
    );
  });

  it('refuses an unknown token and a long script in content', () => {
    const base = { title: 'T', summary: 'S', starts: '2026-11-01', action: { type: 'call' } };
    expect(campaignSchema.safeParse({ ...base, call: { script: 'Hi {legislator}, from {city}.' } }).success).toBe(
      false,
    );
    expect(campaignSchema.safeParse({ ...base, call: { script: 'x'.repeat(701) } }).success).toBe(false);
    expect(campaignSchema.safeParse(base).success).toBe(false);
    expect(campaignSchema.parse({ ...base, call: { script: 'Hi {legislator}.' } }).call!.targets).toEqual([
      'house',
      'senate',
    ]);
  });

  it('gives every campaign a short script: name, town, the ask, "no response needed"', () => {
    for (const c of siteData().campaigns) {
      expect(c.call, c.slug).toBeDefined();
      expect(c.call!.script, c.slug).toMatch(
        /\{name\}[\s\S]*\{town\}[\s\S]*\{legislator\}[\s\S]*No response is needed\./,
      );
    }
  });

  it('names no committee outside Ways and Means (the budget is at the Governor stage in content)', () => {
    for (const c of siteData().campaigns) expect(c.callStage, c.slug).toBeNull();
    expect(callStageFor).toBeTypeOf('function');
  });
});
