/** Astro's heap limit grows with the content, never below 1 GiB, and can be overridden. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroHeapFlags, contentBytes, heapLimitMiB } from '../../src/node/astro-heap';

const dir = mkdtempSync(join(tmpdir(), 'dateline-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'articles/2026'), { recursive: true });
writeFileSync(join(dir, 'articles/a.md'), 'x'.repeat(1000));
writeFileSync(join(dir, 'articles/2026/b.md'), 'y'.repeat(500));
writeFileSync(join(dir, 'articles/notes.txt'), 'z'.repeat(9999));

describe('heapLimitMiB', () => {
  it('is 1 GiB for small sites and grows with the content, in steps of 64 MiB', () => {
    expect(heapLimitMiB(0)).toBe(1024);
    expect(heapLimitMiB(3.4 * 1024 * 1024)).toBe(1024); // 1,000 bench stories
    expect(heapLimitMiB(17.3 * 1024 * 1024)).toBe(1536); // 5,000 bench stories: peak RSS 1.3 GB measured
    expect(heapLimitMiB(70 * 1024 * 1024)).toBeGreaterThan(4096);
    expect(heapLimitMiB(20 * 1024 * 1024) % 64).toBe(0);
  });
});

describe('astroHeapFlags', () => {
  it('counts the Markdown files of every folder', () => {
    expect(contentBytes(dir)).toBe(1500);
    expect(contentBytes(join(dir, 'missing'))).toBe(0);
    expect(astroHeapFlags(dir, {})).toEqual(['--max-old-space-size=1024']);
  });

  it('takes DATELINE_MAX_HEAP_MIB, 0 for no limit, and rejects anything else', () => {
    expect(astroHeapFlags(dir, { DATELINE_MAX_HEAP_MIB: '4096' })).toEqual(['--max-old-space-size=4096']);
    expect(astroHeapFlags(dir, { DATELINE_MAX_HEAP_MIB: '0' })).toEqual([]);
    expect(() => astroHeapFlags(dir, { DATELINE_MAX_HEAP_MIB: 'lots' })).toThrow(/whole number of MiB/);
  });
});
