// The benchmark's baseline: plain Astro 7 rendering the same Markdown stories, with the unified
// processor and no plugins, so the comparison isolates what Dateline adds. bench/run.ts sets
// BENCH_CONTENT (the corpus folder) and BENCH_CACHE_DIR (a cache inside the run's temp folder).
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  // Vite's dependency cache would otherwise land in bench/baseline/node_modules/.vite.
  ...(process.env.BENCH_VITE_CACHE_DIR ? { vite: { cacheDir: process.env.BENCH_VITE_CACHE_DIR } } : {}),
  markdown: { syntaxHighlight: false, processor: unified() },
});
