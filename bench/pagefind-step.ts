/**
 * The Pagefind step of `npm run build` alone (the same calls as scripts/build.ts), over an
 * already built site, writing its index elsewhere. Prints one JSON line: { ms, pages }.
 *
 *   npx tsx bench/pagefind-step.ts <built-site> <index-out>
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';

const [site, out] = process.argv.slice(2);
if (!site || !out) {
  console.error('usage: tsx bench/pagefind-step.ts <built-site> <index-out>');
  process.exit(2);
}
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: resolve(site) });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(out) });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), pages: added.page_count }));
