/**
 * `npm run build`: publish the site into dist/ (scripts/build-site.ts, src/publish/publish.ts).
 *
 *   npm run build                      → dist/, from what .dateline/ remembers
 *   npm run build -- --cold            read no cache, build from nothing (and fill the caches)
 *   npm run build -- --watch           build, then publish every saved change in content/
 *   npm run build -- --out-dir site    → site/
 *   npm run build -- --report b.json   also write what was done, and the time of each step, as JSON
 *   DATELINE_CACHE_DIR=path            the caches' folder (default .dateline/, as src/site-config.ts)
 *
 * Node keeps the code it compiled for this process's modules (the renderer bundle, the TypeScript
 * of scripts/ and src/publish/, types stripped) in <cache>/compile/, so that an incremental build,
 * where starting up is much of the work, compiles nothing again. Node checks each file's content
 * before it uses an entry, so a changed file is compiled afresh. This file is JavaScript because
 * the cache must be on before the first TypeScript module loads: Node strips types with a compiler
 * it starts on first use, which cost more than the rest of starting up together (bench/results.md).
 * Worker threads inherit the cache through NODE_COMPILE_CACHE; `--cold` empties it first.
 */
import { rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

const compiled = join(process.env.DATELINE_CACHE_DIR ?? '.dateline', 'compile');
if (process.argv.includes('--cold')) rmSync(compiled, { recursive: true, force: true });
enableCompileCache(compiled);
process.env.NODE_COMPILE_CACHE = compiled;
await import('./build-site.ts');
