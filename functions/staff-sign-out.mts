// /staff/sign-out/ (POST, from the Sign out button on every console page, with its CSRF token): ends the session
// here and now (the cookie is cleared, and the session marked signed out, so a copy of the cookie stops working
// too), writes it to the audit log, and goes to the sign-in page.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { readConfig } from '../src/server/config.ts';
import { serveFlow } from '../src/server/form-flow.ts';
import { recordStaffAction } from '../src/server/staff/audit.ts';
import { defineStaffFlow, SIGN_IN_PATH } from '../src/server/staff/guard.ts';
import { revokeSession } from '../src/server/staff/records.ts';
import { clearedSessionCookie, verifyStaffSession } from '../src/server/staff/session.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

export const handle = defineStaffFlow({
  schema: z.object({}),
  maxBytes: 2_000,
  crossSite: 'Sign out from the staff console on this site.',
  back: '/staff/',
  handle: async (_, { req, deps }) => {
    const signedIn = await verifyStaffSession(req, deps.config.staff.sessionSecret ?? '', deps.now());
    if (signedIn) await revokeSession(deps.store, signedIn.id, signedIn.expiresAt);
    await recordStaffAction(deps, { email: deps.session.email, action: 'sign-out' });
    return new Response(null, {
      status: 303,
      headers: { location: SIGN_IN_PATH, 'set-cookie': clearedSessionCookie(), 'cache-control': 'no-store' },
    });
  },
});

export default serveFlow(
  'staff-sign-out',
  handle,
  (context) => liveStaffDeps(readConfig(process.env), context),
  'Something went wrong on our side. Please try again.',
);

export const config: Config = {
  path: '/staff/sign-out',
  method: ['POST'],
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
