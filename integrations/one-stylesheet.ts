/**
 * One render-blocking stylesheet per page. Astro links the site's stylesheet and, apart from it, the CSS of each
 * set of components a page uses (home, art, callouts ...): two to five files, each of which the browser must fetch
 * before the first paint, and on a phone's slow network each costs a round trip (Lighthouse counted 170 to 390 ms a
 * file). The CSP forbids inline styles, so after the build each page's stylesheets are joined, in their order, into
 * one file named by a hash of its content; pages with the same set share that file, cached like every /_astro/ file.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// what Astro writes for a page's stylesheets; one with a media attribute or another site's address is left alone
const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/(?!\/)[^"]+\.css)"\s*\/?>/g;

const headOf = (html: string) => html.slice(0, Math.max(0, html.indexOf('</head>')));

/** The stylesheets a page's head links, in their order: the ones that block its first paint. */
export function stylesheetsOf(html: string): string[] {
  return [...headOf(html).matchAll(STYLESHEET_LINK)].map((m) => m[1]!);
}

/** The page's HTML linking the joined file `href` in place of all its stylesheets. */
export function withOneStylesheet(html: string, href: string): string {
  const head = headOf(html);
  let first = true;
  // the joined file takes the first one's place, so it comes before any style a later tag could bring
  const newHead = head.replace(STYLESHEET_LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
  return newHead + html.slice(head.length);
}

/** The name of a joined stylesheet: its content's hash, so a changed style is never served from an old cache. */
export function joinedName(css: string): string {
  return `page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function oneStylesheet(): AstroIntegration {
  return {
    name: 'one-stylesheet',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const joinedByList = new Map<string, string>();
        const pending = new Map<string, Promise<void>>();
        const sources = new Map<string, string>();
        const read = async (href: string) => {
          const css = sources.get(href) ?? (await readFile(join(site, href), 'utf8'));
          sources.set(href, css);
          return css;
        };
        let pages = 0;
        for (const file of await htmlFiles(site)) {
          const html = await readFile(file, 'utf8');
          const hrefs = stylesheetsOf(html);
          if (hrefs.length < 2) continue;
          const key = hrefs.join('\n');
          if (!joinedByList.has(key)) {
            const css = (await Promise.all(hrefs.map(read))).join('\n');
            const name = joinedName(css);
            joinedByList.set(key, `/_astro/${name}`);
            pending.set(key, writeFile(join(site, '_astro', name), css));
          }
          await pending.get(key);
          await writeFile(file, withOneStylesheet(html, joinedByList.get(key)!));
          pages += 1;
        }
        logger.info(`${pages} pages link one stylesheet (${joinedByList.size} joined files) instead of several`);
      },
    },
  };
}
