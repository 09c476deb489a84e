/**
 * Vite plugin for `npm run dev`: reloads the open pages as soon as a content file is saved, added
 * or deleted. Pages read the content store, which reads the saved file on the next request
 * (src/store/dev-site.ts), so the reloaded page shows the edit.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export function reloadOnContentChange(contentDir: string): Plugin {
  const folder = resolve(contentDir) + sep;
  return {
    name: 'dateline:reload-on-content-change',
    apply: 'serve',
    configureServer(server) {
      // The content folder may lie outside the project, where Vite does not watch by itself.
      server.watcher.add(folder);
      const reload = (file: string) => {
        if (file.startsWith(folder) && file.endsWith('.md')) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
