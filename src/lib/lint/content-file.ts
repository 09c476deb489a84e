/**
 * One content file as the editor wrote it, and where each part starts, so messages can name lines.
 *
 * The frontmatter is read with the `yaml` package's YAML 1.2 core schema, which keeps dates as the
 * text the editor typed. (js-yaml, which Astro uses, turns an unquoted `2026-02-31` into 3 March
 * without a word; kept as text, the date schema rejects it.)
 */
import { parseDocument } from 'yaml';

export type CollectionName = 'articles' | 'actors' | 'locations';

export interface RawContentFile {
  readonly collection: CollectionName;
  /** The file name without `.md`. */
  readonly id: string;
  /** Relative to the project, e.g. `content/articles/x.md`. */
  readonly filePath: string;
  readonly source: string;
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
  /** A YAML syntax error, with its line in the file (from 1). */
  readonly yamlError?: { readonly message: string; readonly line: number | undefined };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

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
  const doc = parseDocument(frontmatter);
  const [error] = doc.errors;
  if (error) {
    // The yaml package counts lines from 1 inside the frontmatter; the editor counts in the file.
    const line = error.linePos?.[0].line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ...base, data: undefined, yamlError: { message, line: line === undefined ? undefined : line + base.frontmatterLine - 1 } };
  }
  const data: unknown = doc.toJS();
  return { ...base, data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
}

/** Line (from 1) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
