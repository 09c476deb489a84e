import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Set your deployment URL (and `base` for a sub-path) here or with `astro build --site … --base …`.
  site: process.env.DATELINE_SITE ?? 'https://example.org',
  base: process.env.DATELINE_BASE ?? '/',
  trailingSlash: 'always',
  // Separate caches let the tests build fixture sites beside the real one without mixing content.
  ...(process.env.DATELINE_CACHE_DIR ? { cacheDir: process.env.DATELINE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // The unified (remark/rehype) processor, so Dateline's own Markdown plugins run on every story.
  markdown: { processor: unified() },
});
