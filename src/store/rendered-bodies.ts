/**
 * Where the content store keeps rendered bodies, by key (`<file sha>:<mention names digest>`).
 * The dev server keeps them in memory. A build keeps them as files in the cache, one per body, and
 * reads one only when a page that shows it is rendered: a build with little to render never loads
 * the thousands of bodies its pages were made from.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../publish/output';

export interface RenderedBodies {
  has(key: string): boolean;
  /** The body, read when it is first asked for. */
  get(key: string): () => string;
  set(key: string, html: string): void;
  /** Forgets every body but those of `keys` (the content as it is now). */
  keepOnly(keys: ReadonlySet<string>): void;
}

export function bodiesInMemory(): RenderedBodies {
  let bodies = new Map<string, string>();
  return {
    has: (key) => bodies.has(key),
    get: (key) => {
      const html = bodies.get(key)!;
      return () => html;
    },
    set: (key, html) => void bodies.set(key, html),
    keepOnly: (keys) => {
      bodies = new Map([...bodies].filter(([key]) => keys.has(key)));
    },
  };
}

export function bodiesInFolder(dir: string): RenderedBodies {
  const nameOf = (key: string) => `${createHash('sha1').update(key).digest('hex')}.html`;
  let known: Set<string> | undefined;
  const names = () => (known ??= new Set(readdirSync(dir, { encoding: 'utf8' }).filter((name) => name.endsWith('.html'))));
  mkdirSync(dir, { recursive: true });
  return {
    has: (key) => names().has(nameOf(key)),
    get: (key) => {
      const path = join(dir, nameOf(key));
      let html: string | undefined;
      return () => (html ??= readFileSync(path, 'utf8'));
    },
    set: (key, html) => {
      writeFileAtomic(join(dir, nameOf(key)), html);
      names().add(nameOf(key));
    },
    keepOnly: (keys) => {
      const wanted = new Set([...keys].map(nameOf));
      for (const name of names()) {
        if (wanted.has(name)) continue;
        rmSync(join(dir, name), { force: true });
        names().delete(name);
      }
    },
  };
}
