/**
 * Builds the demo site once with the real build script (Astro, then Pagefind) into
 * tests/.output/e2e/dist and serves it on 127.0.0.1 for every e2e test file.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served demo site, with a trailing slash. */
    e2eBaseUrl: string;
    /** The built site's folder. */
    e2eSiteDir: string;
  }
}

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const work = join(projectRoot, 'tests/.output/e2e');
const outDir = join(work, 'dist');

/** Vitest exports Vite's import.meta.env (BASE_URL, MODE, NODE_ENV=test, …) into process.env; a child build must not see them. */
function buildEnv(): NodeJS.ProcessEnv {
  const leaked = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !leaked.has(key) && !key.startsWith('VITEST')),
  );
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    // Its own Vite cache, so this build never mixes with `npm run build` or the build tests.
    DATELINE_CACHE_DIR: join(work, 'cache'),
  };
}

async function buildDemoSite(): Promise<void> {
  const tsx = join(projectRoot, 'node_modules/.bin/tsx');
  try {
    await run(process.execPath, [tsx, 'scripts/build.ts', '--out-dir', outDir], {
      cwd: projectRoot,
      env: buildEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`e2e: building the demo site failed:\n${stdout}${stderr}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildDemoSite();
  const server = await serveStatic(outDir);
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eSiteDir', outDir);
  return () => server.close();
}
