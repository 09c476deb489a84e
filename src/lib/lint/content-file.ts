/**
 * One content file as the editor wrote it, and where each part starts, so messages can name lines.
 *
 * The frontmatter is read with YAML 1.2's core schema, which keeps dates as the text the editor
 * typed. (js-yaml's default schema, which Astro uses, turns an unquoted `2026-02-31` into 3 March
 * without a word; kept as text, the date schema rejects it.) js-yaml with the core schema reads
 * valid frontmatter — the parser Astro uses, four times faster than the `yaml` package, which
 * matters at a newsroom's thousands of files; only frontmatter it rejects is read again with
 * `yaml`, whose messages name the line and the problem best.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { describeUnwritable, UNWRITABLE } from '../characters';

export type CollectionName = 'articles' | 'actors' | 'locations';

export interface RawContentFile {
  readonly collection: CollectionName;
  /** The file name without `.md`. */
  readonly id: string;
  /** Relative to the project, e.g. `content/articles/x.md`. */
  readonly filePath: string;
  readonly source: string;
  /** Why the file could not be read as text (too large, not UTF-8); `source` is then empty. */
  readonly unreadable?: { readonly message: string; readonly fix: string } | undefined;
}

export interface ParsedContentFile extends RawContentFile {
  /** The frontmatter values, or undefined when the YAML does not parse. */
  readonly data: Record<string, unknown> | undefined;
  /** The YAML text between the `---` lines. */
  readonly frontmatter: string;
  /** Line (from 1) of the first YAML line. */
  readonly frontmatterLine: number;
  readonly body: string;
  /** Line (from 1) where the body starts. */
  readonly bodyLine: number;
  /** Why the frontmatter could not be read at all, with its line in the file (from 1). */
  readonly fileError?: { readonly message: string; readonly line: number | undefined; readonly fix: string };
}

/**
 * The frontmatter between two `---` lines, as Astro reads it: each fence a line of its own
 * (trailing spaces allowed), so a value that ends in ` ---` does not close it.
 */
const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function parseContentFile(raw: RawContentFile): ParsedContentFile {
  const source = raw.source.replace(/^\uFEFF/, '');
  const fence = FENCE.exec(source);
  const frontmatter = fence?.[1] ?? '';
  const bodyOffset = fence ? fence[0].length : 0;
  const base = {
    ...raw,
    frontmatter,
    frontmatterLine: 2,
    body: source.slice(bodyOffset),
    bodyLine: lineAt(source, bodyOffset),
  };
  const broken = (message: string, line: number | undefined, fix: string): ParsedContentFile => ({
    ...base,
    data: undefined,
    fileError: { message, line, fix },
  });
  if (raw.unreadable) return broken(raw.unreadable.message, undefined, raw.unreadable.fix);
  if (source.trim() === '') return broken('the file is empty', undefined, 'write the frontmatter between two --- lines, as in README.md, or delete the file');
  if (!fence) {
    return /^---[ \t]*\r?\n/.test(source)
      ? broken('the frontmatter is never closed', 1, 'add a line with --- after the last frontmatter field')
      : broken('the file has no frontmatter', 1, 'start the file with a --- line, the fields, and another --- line, as in README.md');
  }
  const unwritable = UNWRITABLE.exec(source);
  if (unwritable) {
    return broken(`the file contains ${describeUnwritable(unwritable[0])}, which no feed can carry`, lineAt(source, unwritable.index), 'delete it; if a tool wrote it, save the text again as plain UTF-8');
  }
  let data: unknown;
  try {
    data = load(frontmatter, { schema: CORE_SCHEMA });
  } catch (thrown) {
    return yamlError(frontmatter, base.frontmatterLine, thrown, broken);
  }
  if (!withinValues(data, MAX_VALUES)) {
    const alias = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(frontmatter);
    return broken(
      `the frontmatter holds more than ${MAX_VALUES.toLocaleString('en')} values${alias ? ' once its YAML aliases (*name) are expanded' : ''}`,
      alias ? lineAt(frontmatter, alias.index + alias[1]!.length) + base.frontmatterLine - 1 : base.frontmatterLine,
      alias ? 'write each value out where it belongs, without anchors and aliases (&name, *name)' : 'split the story; no story needs this many fields and list items',
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return broken('the frontmatter is not a set of fields', base.frontmatterLine, 'write one "field: value" per line');
  }
  return { ...base, data: data as Record<string, unknown> };
}

/**
 * A story's frontmatter holds a few hundred values; an alias (`*e`) repeats a whole subtree, so
 * a file under the size limit could expand into millions, and a page 84 MB long.
 */
const MAX_VALUES = 10_000;

/** Whether `data` holds at most `most` values, each alias's subtree counted every time it is used. */
function withinValues(data: unknown, most: number): boolean {
  const stack = [data];
  let count = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > most) return false;
    if (value === null || typeof value !== 'object') continue;
    // One at a time: spreading a list of 150,000 aliases into push() overflows the stack.
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return true;
}

/** The YAML error js-yaml threw, with its line in the file, as the `yaml` package words it if it can. */
function yamlError(
  frontmatter: string,
  frontmatterLine: number,
  thrown: unknown,
  broken: (message: string, line: number | undefined, fix: string) => ParsedContentFile,
): ParsedContentFile {
  const fix = 'correct the YAML at that line (indentation, quotes, brackets, duplicate keys)';
  const { reason, mark } = thrown as { reason?: string; mark?: { line: number } };
  if (thrown instanceof RangeError || reason?.startsWith('nesting exceeded')) {
    return broken('the frontmatter is nested too deeply (lists or fields inside one another more than 100 levels down)', mark ? mark.line + frontmatterLine : frontmatterLine, 'write the fields as in README.md: no field needs more than three levels');
  }
  // The yaml package blames the field above a line indented too far; js-yaml, the line itself.
  if (reason === 'bad indentation of a mapping entry' && mark) {
    return broken('frontmatter is not valid YAML: this line is indented more than the field above it', mark.line + frontmatterLine, 'indent it as far as the other fields, or end the field above with a colon to nest it');
  }
  let error;
  try {
    [error] = parseDocument(frontmatter).errors;
  } catch {
    // The yaml package fails where js-yaml did; js-yaml's own words below.
  }
  if (error) {
    // The yaml package counts lines from 1 inside the frontmatter; the editor counts in the file.
    const line = error.linePos?.[0].line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return broken(`frontmatter is not valid YAML: ${message}`, line === undefined ? undefined : line + frontmatterLine - 1, fix);
  }
  // Only js-yaml objects (as Astro would): its own words, and its line (counted from 0).
  return broken(`frontmatter is not valid YAML: ${reason ?? String(thrown)}`, mark === undefined ? undefined : mark.line + frontmatterLine, fix);
}

/** Line (from 1) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
