/**
 * The Pagefind step of `npm run build` alone (the same calls as scripts/build.ts), over an
 * already built site, writing its index elsewhere. Prints one JSON line: { ms, pages }.
 *
 *   npx tsx bench/pagefind-step.ts <built-site> <index-out>
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSearchIndex } from '../src/node/search-index';

const [site, out] = process.argv.slice(2);
if (!site || !out) {
  console.error('usage: tsx bench/pagefind-step.ts <built-site> <index-out>');
  process.exit(2);
}
const started = performance.now();
const pages = await writeSearchIndex(resolve(site), resolve(out));
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), pages }));
