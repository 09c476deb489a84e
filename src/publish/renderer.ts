/**
 * The renderer of one code version: `astro build` with Dateline's adapter (adapter.ts), kept in
 * `<cache>/renderer/<version>/` and loaded as a module. Built only when the code changed (or for
 * `--cold`); an edit of content never builds it again.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { making } from './output.ts';
import type * as Entry from './renderer-entry.ts';

export type RendererModule = typeof Entry;

export interface Renderer extends RendererModule {
  /** Built client files (CSS, the search script, public/): copied as they are into the site. */
  readonly clientDir: string;
  /** Whether this run had to build it. */
  readonly built: boolean;
}

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export async function loadRenderer({ root, cacheDir, version, rebuild }: { root: string; cacheDir: string; version: string; rebuild: boolean }): Promise<Renderer> {
  const folder = join(cacheDir, 'renderer');
  const dir = join(folder, version);
  const entry = join(dir, 'server', 'entry.mjs');
  const built = rebuild || !existsSync(entry);
  if (built) {
    const staging = `${dir}.building-${process.pid}`;
    const made = making(staging);
    try {
      await astroBuild(root, staging);
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
      made.done();
    }
    // Older versions' renderers are of no further use, nor is the code compiled for them
    // (scripts/build.mjs); this process's compiled code is then not kept, and the next build keeps it.
    for (const other of readdirSync(folder)) if (other !== version && !other.includes('.building-')) rmSync(join(folder, other), { recursive: true, force: true });
    const compiled = getCompileCacheDir();
    if (compiled) rmSync(compiled, { recursive: true, force: true });
  }
  const module = (await import(pathToFileURL(entry).href)) as RendererModule;
  return { ...module, clientDir: join(dir, 'client'), built };
}

/** `astro build` on this Node; its output is shown only when it fails. */
function astroBuild(root: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Astro's own modules are not this process's to keep compiled (see scripts/build.mjs).
    const { NODE_COMPILE_CACHE: _, ...env } = process.env;
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build failed (the renderer):\n${Buffer.concat(output).toString()}`)),
    );
  });
}
