/**
 * What `npm run build` does once scripts/build.mjs has set up the compile cache: publish the site
 * into dist/ (src/publish/publish.ts), incrementally: only the pages whose content changed since the
 * last build are rendered again, and the result is the same, byte for byte, as a cold build's.
 * Content errors stop it before anything is written, so a failed build leaves the previous dist/
 * exactly as it was. Options: see scripts/build.mjs.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { acquireBuildLock, BuildLockedError } from '../src/publish/build-lock.ts';
import { discardUnfinished } from '../src/publish/output.ts';
import { createPublisher, type PublishResult } from '../src/publish/publish.ts';
import { watchContent } from '../src/publish/watch.ts';
import { cacheDir, contentDir } from '../src/site-config.ts';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'dist' },
    cold: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
const root = process.cwd();
const outName = values['out-dir'];

let lock: ReturnType<typeof acquireBuildLock>;
try {
  lock = acquireBuildLock(cacheDir);
} catch (error) {
  if (!(error instanceof BuildLockedError)) throw error;
  console.error(`Build refused: ${error.message}. ${existsSync(outName) ? `${outName}/ is unchanged` : 'Nothing was written'}.`);
  process.exit(1);
}
process.on('exit', () => lock.release());
// Stopped while writing: the site already in place stays as it was, and nothing half-made is left.
// (Under --watch the watcher takes over these signals once the first build is done.)
const stopping = (signal: NodeJS.Signals) => () => {
  discardUnfinished();
  console.error(`\nStopped by ${signal}: ${existsSync(outName) ? `${outName}/ is as the last finished build left it` : 'nothing was written'}.`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
const onSigint = stopping('SIGINT');
const onSigterm = stopping('SIGTERM');
process.on('SIGINT', onSigint);
process.on('SIGTERM', onSigterm);

const publisher = createPublisher({ root, contentDir, outDir: outName, cacheDir, cold: values.cold });

/** What a failed build leaves: never a half-changed site. */
const unchanged = () => (existsSync(outName) ? `the previous ${outName}/ is unchanged` : 'nothing was written');
const count = (n: number, noun: string, plural = `${noun}s`) => `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;

/** One line: what was written, and how long it took. */
export function summary(result: PublishResult, ms: number): string {
  const search = result.searchReindexed ? `, search: ${result.searchReindexed} of ${count(result.searchPeriods, 'month')} indexed again` : '';
  const how = result.full ? 'all written afresh' : `${count(result.rendered, 'page')} rendered`;
  return `${count(result.pages, 'page')}, ${how}${search}, in ${(ms / 1000).toFixed(2)} s`;
}

async function once(): Promise<number> {
  const started = performance.now();
  try {
    const result = await publisher.publish({ warm: values.watch });
    if (values.report) writeFileSync(values.report, JSON.stringify({ ...result, ms: Math.round(performance.now() - started) }, null, 2));
    for (const line of result.warnings) console.error(line);
    if (!result.ok) {
      for (const line of result.errors) console.error(line);
      console.error(`\n${count(result.errors.length, 'content error')}. Build failed: ${unchanged()}.`);
      return 1;
    }
    console.log(`Site written to ${relative(root, outName) || outName}/: ${summary(result, performance.now() - started)}.`);
    return 0;
  } catch (error) {
    console.error(`${(error as Error).stack ?? error}\nBuild failed: ${unchanged()}.`);
    return 1;
  } finally {
    if (!values.watch) await publisher.close();
  }
}

const code = await once();
if (!values.watch) process.exit(code);
process.off('SIGINT', onSigint);
process.off('SIGTERM', onSigterm);
await watchContent({ root, contentDir, publisher, outName, summary });
