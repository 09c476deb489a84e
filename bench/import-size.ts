/**
 * `npm run bench:import`: how the import's time grows with the raw story's size, up to the 128 KiB
 * limit. Raw stories are made of the wire fixtures' paragraphs, each under its own dateline, so
 * they carry as many names and dates per kilobyte as real copy. Prints a Markdown table of
 * medians (in-process, after a warm-up) and the time per KiB, which stays flat when the import is
 * linear in its input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftArticle } from '../src/lib/import/draft';
import { parsePublishedDate } from '../src/lib/published-date';

const WIRE = join(import.meta.dirname, '../tests/fixtures/wire');
const RUNS = 5;

const stories = readdirSync(WIRE)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(WIRE, name), 'utf8'));

/** The first story, then every fixture's paragraphs after it until `bytes` is reached. */
function rawOfSize(bytes: number): string {
  const [lead, ...rest] = stories;
  const paragraphs = rest.flatMap((story) => story.split(/\n\s*\n/).slice(1)).filter((p) => p.trim().length > 0);
  let raw = lead!.trimEnd();
  for (let i = 0; Buffer.byteLength(raw) < bytes; i++) raw += `\n\n${paragraphs[i % paragraphs.length]!.trim()}`;
  return raw;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const published = parsePublishedDate('2026-02-20');

console.log('| raw story | events drafted | median ms | ms per KiB |\n| ---: | ---: | ---: | ---: |');
draftArticle({ raw: rawOfSize(8 * 1024), published, source: 'Wire', known: { actors: [], locations: [] }, origin: 'warm-up.txt' });
for (const kib of [8, 16, 32, 64, 120]) {
  const raw = rawOfSize(kib * 1024);
  const times: number[] = [];
  let events = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    events = draftArticle({ raw, published, source: 'Wire', known: { actors: [], locations: [] }, origin: 'bench.txt' }).events.length;
    times.push(performance.now() - started);
  }
  const ms = median(times);
  console.log(`| ${(Buffer.byteLength(raw) / 1024).toFixed(0)} KiB | ${events} | ${ms.toFixed(0)} | ${(ms / kib).toFixed(1)} |`);
}
