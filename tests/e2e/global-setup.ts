/**
 * Builds the demo site once with the real build script (Astro, then Pagefind) into
 * tests/.output/e2e/dist and serves it on 127.0.0.1 for every e2e test file.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build';
import { serveStatic } from '../helpers/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served demo site, with a trailing slash. */
    e2eBaseUrl: string;
    /** The built site's folder. */
    e2eSiteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await buildSite({ content: './content', name: 'e2e' });
  if (!site.ok) throw new Error(`e2e: building the demo site failed:\n${site.output}`);
  const server = await serveStatic(site.outDir);
  project.provide('e2eBaseUrl', server.url);
  project.provide('e2eSiteDir', site.outDir);
  return () => server.close();
}
