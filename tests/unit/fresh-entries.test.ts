/**
 * `astro dev`'s fresh reads: an entry whose file was saved after the server started is read again
 * from disk (frontmatter, schema, the stories' Markdown processor); others stay as stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFreshEntries, type StoredEntry } from '../../src/data/fresh-entries';
import { articleSchema } from '../../src/schemas/article';

const dir = mkdtempSync(join(tmpdir(), 'dateline-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'articles'));
mkdirSync(join(dir, 'actors'));
mkdirSync(join(dir, 'locations'));
writeFileSync(join(dir, 'actors/sergey-lavrov.md'), '---\nname: Sergey Lavrov\nkind: person\naliases: [Lavrov]\n---\n');
writeFileSync(join(dir, 'locations/istanbul.md'), '---\nname: Istanbul\nkind: city\n---\n');

const story = (title: string, body: string) =>
  `---\ntitle: "${title}"\ndateline: istanbul\npublished: 2026-02-20\nsource: Anadolu Agency\nactors: [sergey-lavrov]\n---\n\n${body}\n`;
const file = join(dir, 'articles/call.md');
writeFileSync(file, story('Lavrov calls', 'Lavrov spoke on Tuesday.'));
// A second in the past, so that the edits below change the mtime whatever the file system's resolution.
utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

const fresh = createFreshEntries({ root: process.cwd(), contentDir: dir, base: '/' });
const stored: StoredEntry = { id: 'call', filePath: relative(process.cwd(), file), data: { title: 'As stored' }, rendered: { html: '<p>As stored</p>' } };

describe('createFreshEntries', () => {
  it('serves the stored entry while its file is as it was', async () => {
    expect(await fresh([stored], articleSchema)).toEqual([stored]);
    expect(await fresh([stored], articleSchema)).toEqual([stored]);
  });

  it('reads a changed file again, with the schema and the stories’ own Markdown plugins', async () => {
    writeFileSync(file, story('Lavrov calls again', 'Lavrov spoke on Tuesday, again.'));
    const [entry] = await fresh([stored], articleSchema);
    expect((entry!.data as { title: string }).title).toBe('Lavrov calls again');
    const html = entry!.rendered!.html;
    expect(html).toContain('<a href="/actors/sergey-lavrov/" class="mention mention-actor">Lavrov</a>');
    expect(html).toContain('<time datetime="2026-02-17"');
    expect(html).toContain('again.');
  });

  it('keeps the stored entry when the changed file does not validate (Astro reports the error)', async () => {
    writeFileSync(file, story('', 'No title.'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(await fresh([stored], articleSchema)).toEqual([stored]);
    // Nothing stale is kept from the failed read: once Astro has the file its entry serves.
    const caughtUp = { ...stored, data: { title: 'As Astro has it now' } };
    expect(await fresh([caughtUp], articleSchema)).toEqual([caughtUp]);
  });

  it('leaves out an entry whose file was deleted', async () => {
    rmSync(file);
    expect(await fresh([stored], articleSchema)).toEqual([]);
  });
});
