/**
 * Builds the site search index with Pagefind after every `astro build`, so the built site always has search (and
 * `astro build` alone, as the tests run it, gives the same dist/ as Netlify's `npm run build`). Only the content
 * marked data-pagefind-body (each page's <main>) is indexed: navigation and footer are not.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { close, createIndex } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
