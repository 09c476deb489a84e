/**
 * Vite plugin for `npm run dev`: Vite opens any file on disk in the editor at
 * `/__open-in-editor?file=…`, so a page the editor visits could ask for /etc/passwd. Such a request
 * is refused here, before Vite's own middleware sees it, unless the file really is in the project.
 * (A link in `public/` to a file outside is not served: tests/e2e/dev-edit.test.ts.)
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isInside, realOrSelf } from './real-paths';

/** Where `path` really is, or undefined when it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

export function guardDevServer(): Plugin {
  return {
    name: 'dateline:guard-dev-server',
    apply: 'serve',
    configureServer(server) {
      const root = realOrSelf(server.config.root);
      const inside = (path: string | undefined) => path !== undefined && isInside(path, root);
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        let refused: string | undefined;
        if (url.pathname === '/__open-in-editor') {
          // `file` may end in :line:column.
          const file = (url.searchParams.get('file') ?? '').replace(/(:\d+){1,2}$/, '');
          if (!inside(realPath(resolve(root, file)))) refused = 'the dev server opens only files of the project in the editor';
        }
        if (!refused) return next();
        response.statusCode = 403;
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end(`Forbidden: ${refused}.\n`);
      });
    },
  };
}
