import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConfig, ConfigError, readConfig } from '../../src/server/config.ts';

const deployed = {
  CONTEXT: 'production',
  URL: 'https://act.example.org',
  RATE_LIMIT_SALT: 'a-long-random-deployment-secret',
  MAIL_FROM: 'no-reply@massmentors.org',
  RESEND_API_KEY: 're_live_x',
  STAFF_EMAIL: 'programs@massmentors.org',
  ADMIN_TOKEN: 'staff-secret-0123456789',
  STAFF_EMAILS: 'ana@massmentors.org',
  STAFF_SESSION_SECRET: 'a-long-random-staff-session-secret-0123456789',
};

afterEach(() => vi.restoreAllMocks());

describe('readConfig', () => {
  it('accepts MAIL_FROM in the display-name form the README shows, keeping the address and the name', () => {
    const config = readConfig({ ...deployed, MAIL_FROM: 'Take Action for Mentoring <no-reply@massmentors.org>' });
    expect(config.mailFrom).toBe('no-reply@massmentors.org');
    expect(config.senderName).toBe('Take Action for Mentoring');
    expect(config.mailFromHeader).toBe('Take Action for Mentoring <no-reply@massmentors.org>');
  });

  it('accepts a bare address and a quoted name, and names MAIL_FROM (never its value) when it is neither', () => {
    const bare = readConfig({ ...deployed, MAIL_FROM: 'no-reply@massmentors.org' });
    expect(bare.mailFrom).toBe('no-reply@massmentors.org');
    const quoted = readConfig({ ...deployed, MAIL_FROM: '"Mass Mentors, Inc." <a@b.org>' });
    expect(quoted.senderName).toBe('Mass Mentors, Inc.');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => readConfig({ ...deployed, MAIL_FROM: 'Take Action <not-an-address>' })).toThrow(/MAIL_FROM/);
    try {
      readConfig({ ...deployed, MAIL_FROM: 'Secret Name <oops>' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).not.toContain('Secret Name');
    }
  });

  it('needs no settings locally', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ local: true, mailFrom: 'letters@example.org', salt: 'local-salt', context: 'dev' });
    expect(checkConfig({}).problems).toEqual([]);
  });

  it('refuses the public default salt on a deployed site, for every flow, and says so in the log once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { RATE_LIMIT_SALT: _, ...unsalted } = deployed;
    expect(() => readConfig(unsalted)).toThrow(/RATE_LIMIT_SALT must be set/);
    expect(() => readConfig({ ...unsalted, RATE_LIMIT_SALT: 'local-salt' })).toThrow(/RATE_LIMIT_SALT/);
    expect(() => readConfig(unsalted)).toThrow(ConfigError);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(/^configuration: RATE_LIMIT_SALT /);
  });

  it('lists what a deployed site is missing, without refusing flows that can keep what they take', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { problems } = checkConfig({ CONTEXT: 'deploy-preview', RATE_LIMIT_SALT: 'x'.repeat(32) });
    expect(problems.map((p) => p.variable)).toEqual([
      'MAIL_FROM',
      'RESEND_API_KEY',
      'STAFF_EMAIL',
      'ADMIN_TOKEN',
      'STAFF_EMAILS',
      'STAFF_SESSION_SECRET',
    ]);
    expect(problems.every((p) => !p.fatal)).toBe(true);
    expect(checkConfig(deployed).problems).toEqual([]);
  });

  it('makes the limits of sign-ups, thank-yous and assistance requests settings', () => {
    const config = readConfig({
      ALERT_SIGNUPS_PER_IP_PER_HOUR: '7',
      CHAMPION_THANKS_PER_IP_PER_HOUR: '8',
      TA_REQUESTS_PER_IP_PER_HOUR: '9',
    });
    expect(config.limits).toMatchObject({
      alertSignupsPerIpPerHour: 7,
      championThanksPerIpPerHour: 8,
      taRequestsPerIpPerHour: 9,
    });
    expect(readConfig({}).limits).toMatchObject({ alertSignupsPerIpPerHour: 20, championThanksPerIpPerHour: 20 });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => readConfig({ TA_REQUESTS_PER_IP_PER_HOUR: 'lots' })).toThrow(/TA_REQUESTS_PER_IP_PER_HOUR/);
  });

  it('falls back to the geocoder defaults on a typo in its settings, and reports it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { config, problems } = checkConfig({ CENSUS_GEOCODER_TIMEOUT_MS: 'soon' });
    expect(config.geocoder.timeoutMs).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ variable: 'CENSUS_GEOCODER_TIMEOUT_MS', fatal: false })]);
    expect(() => readConfig({ CENSUS_GEOCODER_TIMEOUT_MS: 'soon' })).not.toThrow();
  });
});
