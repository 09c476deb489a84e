/**
 * The code version: a digest of everything besides content that shapes the built site — the
 * source, public files, config, the lockfile, Node's version and the site's address. Every cache
 * belongs to one code version; a change of any of these starts from nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the shape of what the caches hold changes. */
const CACHE_FORMAT = 1;

const TREES = ['src', 'public', 'scripts'];
const FILES = ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const ENV = ['DATELINE_SITE', 'DATELINE_BASE'];

export function codeVersion(root: string): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\nnode ${process.version}\n`);
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  const files = [
    ...FILES,
    ...TREES.flatMap((tree) => {
      try {
        return readdirSync(join(root, tree), { recursive: true, encoding: 'utf8' }).map((file) => join(tree, file));
      } catch {
        return [];
      }
    }),
  ].sort();
  for (const file of files) {
    const path = join(root, file);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}
