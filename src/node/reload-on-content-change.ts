/**
 * Vite plugin for `astro dev`: reloads the open pages as soon as a content file is saved. Astro
 * reloads them itself only once its data store is rewritten (about two seconds at a thousand
 * stories); the pages read changed files straight from disk (src/data/fresh-entries.ts), so they
 * are ready long before that.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export function reloadOnContentChange(contentDir: string): Plugin {
  const folder = resolve(contentDir) + sep;
  return {
    name: 'dateline:reload-on-content-change',
    apply: 'serve',
    configureServer(server) {
      const reload = (file: string) => {
        if (file.startsWith(folder) && file.endsWith('.md')) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
