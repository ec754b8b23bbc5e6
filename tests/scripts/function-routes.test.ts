// The browser journeys' warm functions are routed here; a path Netlify would serve must reach its function, or a
// journey meets the 404 page instead (named parts and several paths per function included).
import { describe, expect, it } from 'vitest';
import letters from '../../functions/letters.mts';
import staffCampaign from '../../functions/staff-campaign.mts';
import staffExports from '../../functions/staff-exports.mts';
import { loadFunctionRoutes, matchFunction } from '../../scripts/function-routes.ts';

describe('routing the warm functions', () => {
  it('matches named parts, several paths, the method, and either trailing slash', async () => {
    const routes = await loadFunctionRoutes(['letters', 'staff-campaign', 'staff-exports']);
    const handlerAt = (method: string, path: string) => matchFunction(routes, method, path)?.handler;
    expect(handlerAt('GET', '/staff/campaigns/national-mentoring-month/')).toBe(staffCampaign);
    expect(handlerAt('GET', '/staff/campaigns/national-mentoring-month')).toBe(staffCampaign);
    expect(handlerAt('GET', '/staff/exports/pledges.csv')).toBe(staffExports);
    expect(handlerAt('POST', '/api/letters')).toBe(letters);
    expect(handlerAt('GET', '/api/letters')).toBeUndefined(); // letters declares POST only
    expect(handlerAt('GET', '/staff/campaigns/')).toBeUndefined();
  }, 60_000);
});
