/**
 * `npm run import -- <raw.txt> --published <ISO date or date-time> [--source …] [--title …] [--force]`
 *
 * Drafts content/articles/<published-date>-<slug>.md from a raw wire story, with stub files for
 * the actors and places content/ does not have yet. Never overwrites a file unless --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle } from '../src/lib/import/draft';
import type { KnownEntity } from '../src/lib/import/entities';
import { parsePublishedDate } from '../src/lib/published-date';
import { lintContentFolder } from '../src/node/content-files';
import { contentDir } from '../src/site-config';

const USAGE = 'usage: npm run import -- <raw.txt> --published <2026-02-20 | 2026-02-20T14:05:00+03:00> [--source "Anadolu Agency"] [--title "…"] [--force]';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        source: { type: 'string', default: 'Anadolu Agency' },
        title: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const [rawPath] = positionals;
if (!rawPath || positionals.length > 1) fail('give exactly one raw story file');
if (!existsSync(rawPath)) fail(`no such file: ${rawPath}`);
if (!values.published) fail('--published is required (the story’s publication date)');
let published;
try {
  published = parsePublishedDate(values.published);
} catch (error) {
  fail(`--published: ${(error as Error).message}`);
}

const { files, diagnostics } = lintContentFolder(contentDir, { warnings: false });
const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
const known = (collection: 'actors' | 'locations'): KnownEntity[] =>
  files
    .filter((file) => file.collection === collection && !invalid.has(file.filePath) && typeof file.data?.name === 'string')
    .map((file) => ({
      id: file.id,
      name: file.data!.name as string,
      aliases: Array.isArray(file.data!.aliases) ? (file.data!.aliases as unknown[]).map(String) : [],
      kind: String(file.data!.kind ?? 'other'),
    }));

let draft;
try {
  draft = draftArticle({
    raw: readFileSync(rawPath, 'utf8'),
    published,
    source: values.source,
    title: values.title,
    known: { actors: known('actors'), locations: known('locations') },
    origin: basename(rawPath),
  });
} catch (error) {
  fail((error as Error).message);
}

const targets = [draft.article, ...draft.stubs].map((file) => ({ ...file, path: join(contentDir, file.collection, `${file.id}.md`) }));
const clashes = targets.filter((target) => existsSync(target.path));
if (clashes.length && !values.force) {
  fail(`would overwrite ${clashes.map((c) => c.path).join(', ')}; use --force to replace ${clashes.length === 1 ? 'it' : 'them'}`);
}
for (const target of targets) {
  mkdirSync(join(contentDir, target.collection), { recursive: true });
  writeFileSync(target.path, target.contents);
  console.log(`${clashes.includes(target) ? 'replaced' : 'created'} ${target.path}`);
}
console.log(
  `\n${draft.events.length} events drafted, ${draft.stubs.length} new actor and place stubs. Review them, then run npm run check.`,
);
