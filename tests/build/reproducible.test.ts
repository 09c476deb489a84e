/** Two clean builds of the same content in time zones 14 hours apart give identical sites. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';

function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).sort();
  return new Map(
    files.flatMap((file) => {
      try {
        return [[file, readFileSync(join(dir, file))] as const];
      } catch {
        return []; // a directory
      }
    }),
  );
}

describe('reproducible builds', () => {
  it('give byte-identical dist/ trees under TZ=UTC and TZ=Pacific/Kiritimati', async () => {
    const utc = await buildSite({ content: './content', name: 'repro-utc', tz: 'UTC' });
    const kiritimati = await buildSite({ content: './content', name: 'repro-kiritimati', tz: 'Pacific/Kiritimati' });
    expect(utc.ok && kiritimati.ok, utc.output + kiritimati.output).toBe(true);
    const a = tree(utc.outDir);
    const b = tree(kiritimati.outDir);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(different).toEqual([]);
    expect(a.size).toBeGreaterThan(40);
  });
});
