// /staff/link/?token=: the link in the sign-in email. GET shows a page with a "Sign in" button (mail scanners that
// open links sign nobody in); the button POSTs the token, which is used once: it sets the session cookie and goes to
// the console. An expired, used or unknown link gets a page saying so, with the way to ask for a new one.
import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { readConfig } from '../src/server/config.ts';
import { defineFormFlow, refused, serveFlow, type FlowContext } from '../src/server/form-flow.ts';
import type { StaffDeps } from '../src/server/staff/guard.ts';
import { sessionCookie } from '../src/server/staff/session.ts';
import { useSignInLink } from '../src/server/staff/sign-in.ts';
import { deadLinkMessage, deadSignInLinkPage, linkButtonPage } from '../src/server/staff/sign-in-pages.ts';
import { liveStaffDeps } from '../src/server/staff/wiring.ts';

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

const dead = (kind: 'expired' | 'used' | 'invalid') =>
  refused('not_found', kind === 'invalid' ? 404 : 410, deadLinkMessage(kind), { page: deadSignInLinkPage(kind) });

export const handle = defineFormFlow({
  schema: z.object({ token: tokenSchema }),
  maxBytes: 2_000,
  crossSite: 'Sign in from this site.',
  back: '/staff/sign-in/',
  get: (req: Request) => {
    const token = tokenSchema.safeParse(new URL(req.url).searchParams.get('token'));
    return token.success ? linkButtonPage(token.data) : deadSignInLinkPage('invalid');
  },
  invalid: () => dead('invalid'),
  handle: async ({ token }, { deps }: FlowContext<StaffDeps>) => {
    const outcome = await useSignInLink(deps, token);
    if (outcome.kind !== 'signed-in') return dead(outcome.kind);
    return new Response(null, {
      status: 303,
      headers: {
        location: outcome.next,
        'set-cookie': sessionCookie(outcome.sessionToken),
        'cache-control': 'no-store',
      },
    });
  },
});

export default serveFlow(
  'staff-link',
  handle,
  (context) => liveStaffDeps(readConfig(process.env), context),
  'Something went wrong on our side. Please try the link again in a minute.',
);

export const config: Config = {
  path: '/staff/link',
  method: ['GET', 'POST'],
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
