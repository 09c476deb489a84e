/**
 * The incremental build's promise, as a property: after any sequence of editorial changes, the
 * `dist/` an incremental `npm run build` leaves is, file by file, the one a cold build
 * (`--cold`, no cache) makes of the same content. Seeded (fast-check), on a generated newsroom.
 * DATELINE_IDENTITY_STORIES / _EDITS / _SEED make it larger (the bench runs it so).
 */
import { execFile } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { inheritedEnv } from '../helpers/build';
import { applyEdit, EDIT_KINDS, treeDifferences, type Edit } from '../helpers/newsroom-edits';

const run = promisify(execFile);
const STORIES = Number(process.env.DATELINE_IDENTITY_STORIES ?? 60);
const EDITS = Number(process.env.DATELINE_IDENTITY_EDITS ?? 25);
const SEED = Number(process.env.DATELINE_IDENTITY_SEED ?? 20261201);
const work = resolve('tests/.output/identity');
const content = join(work, 'content');

async function build(outDir: string, cache: string, cold: boolean): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts', '--out-dir', outDir, ...(cold ? ['--cold'] : [])], {
    env: { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cache, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  pick: fc.nat({ max: 10_000 }),
  amount: fc.nat({ max: 10_000 }),
});

describe('an incremental build', () => {
  it(`equals a cold build after each of ${EDITS} random edits to a ${STORIES}-story newsroom`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: EDITS, maxLength: EDITS }), async (edits) => {
        rmSync(work, { recursive: true, force: true });
        generateCorpus({ articles: STORIES, seed: SEED % 1000, dir: content });
        const incremental = join(work, 'incremental');
        await build(incremental, join(work, 'cache-incremental'), false);
        const log: string[] = [];
        let partial = 0;
        for (const [i, change] of edits.entries()) {
          log.push(applyEdit(content, change, i));
          const said = await build(incremental, join(work, 'cache-incremental'), false);
          if (!said.includes('all written afresh')) partial++;
          const cold = join(work, 'cold');
          await build(cold, join(work, 'cache-cold'), true);
          const differences = treeDifferences(incremental, cold);
          if (differences.length) cpSync(content, join(work, 'failed-content'), { recursive: true });
          expect(differences, `after: ${log.join('; ')}`).toEqual([]);
        }
        // Every edit was published incrementally, never by falling back to a full build.
        expect(partial).toBe(EDITS);
      }),
      { numRuns: 1, seed: SEED, endOnFailure: true },
    );
  }, 1_800_000);
});
