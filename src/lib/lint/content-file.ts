/**
 * One content file as the editor wrote it: its frontmatter parsed the way Astro parses it (js-yaml,
 * via @astrojs/markdown-remark), and where each part starts, so messages can name lines.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

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
  try {
    return { ...base, data: parseFrontmatter(source).frontmatter };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    // js-yaml counts lines from 0 inside the frontmatter; the editor counts from 1 in the file.
    const line = mark?.line === undefined ? undefined : mark.line + base.frontmatterLine;
    return { ...base, data: undefined, yamlError: { message: reason ?? (error as Error).message, line } };
  }
}

/** Line (from 1) of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
