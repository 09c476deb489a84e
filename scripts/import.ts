/**
 * `npm run import -- <raw.txt> --published <ISO date or date-time> [--source …] [--title …] [--force]`
 *
 * Drafts content/articles/<published-date>-<slug>.md from a raw wire story, with stub files for
 * the actors and places content/ does not have yet. Never overwrites a file unless --force.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { draftArticle } from '../src/lib/import/draft';
import type { KnownEntity } from '../src/lib/import/entities';
import { parsePublishedDate } from '../src/lib/published-date';
import { lintContentFolder } from '../src/node/content-files';
import { contentDir } from '../src/site-config';

const USAGE = 'usage: npm run import -- <raw.txt> --published <2026-02-20 | 2026-02-20T14:05:00+03:00> [--source "Anadolu Agency"] [--title "…"] [--encoding latin1] [--force]';

/**
 * A raw story is a few KB; past this the import would take minutes, and the draft could not pass
 * the content files' 1 MiB limit anyway.
 */
const MAX_RAW_BYTES = 128 * 1024;

/** Terminal escapes and other control characters from the raw file or the command line are not echoed. */
const printable = (text: string) => text.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function fail(message: string): never {
  console.error(`import: ${printable(message)}\n${USAGE}`);
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
        encoding: { type: 'string', default: 'utf-8' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const [rawPath] = positionals;
if (!rawPath || positionals.length > 1) fail('give exactly one raw story file');
if (!existsSync(rawPath)) fail(lstatSync(rawPath, { throwIfNoEntry: false }) ? `${rawPath} is a symbolic link to a file that does not exist` : `no such file: ${rawPath}`);
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

if (!['utf-8', 'utf8', 'latin1'].includes(values.encoding)) fail(`--encoding: "${values.encoding}" is not one this command reads; use utf-8 (the default) or latin1`);
// Judged before reading: a pipe or a device would never end, and a huge file would be read whole.
const rawStat = statSync(rawPath, { throwIfNoEntry: false });
if (!rawStat) fail(`no such file: ${rawPath}`);
if (!rawStat.isFile()) fail(`${rawPath} is not a regular file: give the path of a text file`);
if (rawStat.size > MAX_RAW_BYTES) fail(`${rawPath} is ${Math.ceil(rawStat.size / 1024)} KiB, over the ${MAX_RAW_BYTES / 1024} KiB limit for a raw story: give one story per file`);
const bytes = readFileSync(rawPath);
let raw: string;
try {
  raw = new TextDecoder(values.encoding === 'latin1' ? 'latin1' : 'utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${rawPath} is not UTF-8 text (perhaps Latin-1 or Windows-1252): save it as UTF-8, or pass --encoding latin1`);
}

let draft;
try {
  draft = draftArticle({
    raw,
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
