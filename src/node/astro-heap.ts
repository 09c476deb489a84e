/**
 * The V8 heap limit `npm run build` gives Astro. Left alone, V8 grows the heap lazily on a machine
 * with memory to spare: a 5,000-story build peaked at 2 GB, mostly garbage from the moment Astro
 * hands its content store to the page build, while what it keeps stays near 1 GB. A limit sized
 * to the content makes V8 collect that garbage instead (peak 1.3 GB, no slower). It grows with
 * the content — half as much again as a build of that size was measured to keep — so a larger
 * archive never runs out of heap; `DATELINE_MAX_HEAP_MIB` overrides it (`0`: V8's own default).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Measured (bench, 100 to 5,000 stories): heap kept ≈ 384 MiB + 36 × the content's MiB. */
export function heapLimitMiB(contentBytes: number): number {
  const kept = 384 + 36 * (contentBytes / 1024 / 1024);
  return Math.max(1024, Math.ceil((1.5 * kept) / 64) * 64);
}

/** Total size of the Markdown files under `dir` (0 when it does not exist). */
export function contentBytes(dir: string): number {
  let total = 0;
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  for (const file of files) if (file.endsWith('.md')) total += statSync(join(dir, file)).size;
  return total;
}

/** The `--max-old-space-size` flag for Astro, or none when `DATELINE_MAX_HEAP_MIB=0`. */
export function astroHeapFlags(dir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const override = env.DATELINE_MAX_HEAP_MIB;
  if (override !== undefined && override !== '') {
    const mib = Number(override);
    if (!Number.isInteger(mib) || mib < 0) throw new Error(`DATELINE_MAX_HEAP_MIB must be a whole number of MiB (0 for no limit), not "${override}"`);
    return mib === 0 ? [] : [`--max-old-space-size=${mib}`];
  }
  return [`--max-old-space-size=${heapLimitMiB(contentBytes(dir))}`];
}
