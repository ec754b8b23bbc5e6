// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import netlify from '@netlify/vite-plugin';

export default defineConfig({
  // Netlify sets URL at build time; locally the dev server's address is used for canonical links and feeds.
  site: process.env.URL ?? 'http://localhost:4321',
  // Stylesheets as files, never inline <style>: the Content-Security-Policy (netlify.toml) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  vite: {
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
