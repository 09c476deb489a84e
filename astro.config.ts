import { defineConfig, passthroughImageService } from 'astro/config';
import { guardDevServer } from './src/node/dev-server-guard';
import { servePictures } from './src/node/dev-pictures';
import { reloadOnContentChange } from './src/node/reload-on-content-change';
import { datelineRenderer } from './src/publish/adapter';
import { cacheDir, contentDir } from './src/site-config';

// Set the deployment URL and sub-path here, or with DATELINE_SITE / DATELINE_BASE at build time.
const site = process.env.DATELINE_SITE ?? 'https://example.org';
const base = process.env.DATELINE_BASE ?? '/';

// https://docs.astro.build/en/reference/configuration-reference/
// `astro build` makes the renderer that `npm run build` publishes the site with (src/publish/);
// stories' Markdown is rendered by the content store (src/store/), not by Astro.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'server',
  adapter: datelineRenderer(),
  build: { format: 'directory' },
  // Every cache in one folder (.dateline/ unless DATELINE_CACHE_DIR says otherwise).
  cacheDir: `${cacheDir}/astro`,
  vite: {
    cacheDir: `${cacheDir}/vite`,
    // The search page's script stays an external file (simple CSP: script-src 'self'), and its
    // runtime import of Pagefind's index is left as written rather than wrapped in a preload helper.
    build: { assetsInlineLimit: 0, modulePreload: false },
    plugins: [guardDevServer(), servePictures(contentDir), reloadOnContentChange(contentDir)],
  },
  // Stories carry no images for Astro to optimise.
  image: { service: passthroughImageService() },
  // Wire stories have no code to highlight, and Shiki's inline styles would defeat the CSP.
  markdown: { syntaxHighlight: false },
  // A Content Security Policy on every page (the publisher writes it as a <meta> tag, with Astro's
  // hashes of its own inline styles). Search needs 'wasm-unsafe-eval': Pagefind runs in WebAssembly.
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
