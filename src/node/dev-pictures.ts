/**
 * Vite plugin for `npm run dev`: serves the pictures stories show from the content folder at the
 * address the build publishes them at (`<base>media/<path in content>`), so that a story looks
 * the same in dev as on the built site. Only pictures (src/lib/story-images.ts) that really are
 * in the project are served; anything else under `media/` is a 404.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { isPictureFile } from '../lib/story-images';
import { isInside, realOrSelf } from './real-paths';

const TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export function servePictures(contentDir: string): Plugin {
  return {
    name: 'dateline:serve-pictures',
    apply: 'serve',
    configureServer(server) {
      const content = resolve(server.config.root, contentDir);
      // A picture may be a link to a file of the project, or of the content folder, wherever it is.
      const allowed = [realOrSelf(server.config.root), realOrSelf(content)];
      const prefix = `${server.config.base.replace(/\/?$/, '/')}media/`;
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        if (!pathname.startsWith(prefix)) return next();
        let file: string | undefined;
        try {
          const path = resolve(content, decodeURIComponent(pathname.slice(prefix.length)));
          const real = realpathSync(path);
          if (path.startsWith(content + sep) && isInside(real, ...allowed) && isPictureFile(path) && statSync(real).isFile()) file = real;
        } catch {
          // Not there, or not a path: a 404 below.
        }
        if (!file) {
          response.statusCode = 404;
          response.end('Not found.\n');
          return;
        }
        response.setHeader('content-type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
        createReadStream(file).pipe(response);
      });
    },
  };
}
