// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import netlify from '@netlify/vite-plugin';
import oneStylesheet from './integrations/one-stylesheet.ts';
import pagefind from './integrations/pagefind.ts';

export default defineConfig({
  // Netlify sets URL at build time; locally the dev server's address is used for canonical links and feeds.
  site: process.env.URL ?? 'http://localhost:4321',
  // Stylesheets as files, never inline <style>: the Content-Security-Policy (netlify.toml) allows no inline style.
  // Each page's stylesheets are then joined into one file (integrations/one-stylesheet.ts): one request blocks paint.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), oneStylesheet(), pagefind()],
  // English keeps its URLs; Spanish and Portuguese pages live under /es/ and /pt/ (src/pages/[locale]/, the set in
  // src/i18n/paths.ts). No fallback: a page that is English only is not copied into the other languages.
  i18n: { defaultLocale: 'en', locales: ['en', 'es', 'pt'], routing: { prefixDefaultLocale: false } },
  vite: {
    // Scripts as files, never inline: Astro inlines a script smaller than this limit, which the CSP would block.
    build: { assetsInlineLimit: 0 },
    // Serves functions/ and a local Netlify Blobs store inside `astro dev`, offline. Features we do not use are off:
    // Edge Functions would try to download Deno, and geolocation would call Netlify's API.
    plugins: [
      netlify({
        edgeFunctions: { enabled: false },
        geolocation: { enabled: false },
        database: { enabled: false },
        aiGateway: { enabled: false },
        images: { enabled: false },
      }),
    ],
  },
});
