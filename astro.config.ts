// First: the Markdown plugins below import date-fns, which this makes quick to load.
import './src/node/date-fns-hook';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { storyMarkdown, storyMarkdownOptions } from './src/markdown';
import { onWorkerProcesses } from './src/node/markdown-workers';
import { contentDir } from './src/site-config';

// Set the deployment URL and sub-path here, or with DATELINE_SITE / DATELINE_BASE at build time.
// (Astro 7.3's `astro build --base` flag does not reach import.meta.env.BASE_URL; this does.)
const site = process.env.DATELINE_SITE ?? 'https://example.org';
const base = process.env.DATELINE_BASE ?? '/';
// The stories' Markdown settings (src/markdown.ts), with actor and place names for mention links
// read once per process (restart `npm run dev` after renaming an actor or adding an alias).
const markdown = storyMarkdown(storyMarkdownOptions({ contentDir, base }));
// `npm run build` renders the stories in worker processes beside this one (src/node/markdown-workers.ts).
const markdownWorkers = Number(process.env.DATELINE_MARKDOWN_WORKERS ?? 0);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Eight pages at a time: Astro awaits each page's mkdir and write, and on a slow disk one page
  // at a time leaves the CPU idle for half of the render (1,000 stories: 13-16 s -> 11-12 s).
  build: { format: 'directory', concurrency: 8 },
  // The search page's script stays an external file (simple CSP: script-src 'self'), and its
  // runtime import of Pagefind's index is left as written rather than wrapped in a preload helper.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  // Separate caches let the tests build fixture sites beside the real one without mixing content.
  ...(process.env.DATELINE_CACHE_DIR ? { cacheDir: process.env.DATELINE_CACHE_DIR } : {}),
  // The unified (remark/rehype) processor, so Dateline's own plugins read every story: dates in the
  // text become <time> elements, and the first mention of each actor and place links to its page.
  markdown: { ...markdown, processor: onWorkerProcesses(markdown.processor, { workers: markdownWorkers, site: { contentDir, base } }) },
  // A Content Security Policy on every page (a <meta> tag; Astro adds hashes for its own inline
  // styles). Search needs 'wasm-unsafe-eval': Pagefind runs its index in WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
