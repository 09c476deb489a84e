/**
 * Fixture folders for remark plugins: each case folder holds `input.md`, the hand-written
 * `output.html`, and optionally `options.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { PluggableList } from 'unified';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface Fixture<O> {
  readonly name: string;
  readonly input: string;
  readonly expected: string;
  readonly options: O;
}

/** Every case folder under `root` (a folder URL), in name order. */
export function readFixtures<O extends object>(root: URL): Fixture<O>[] {
  return readdirSync(root)
    .sort()
    .map((name) => {
      const read = (file: string) => readFileSync(new URL(`${name}/${file}`, root), 'utf8');
      const options = existsSync(new URL(`${name}/options.json`, root)) ? (JSON.parse(read('options.json')) as O) : ({} as O);
      return { name, input: read('input.md'), expected: read('output.html').trimEnd(), options };
    });
}

/** Markdown → HTML through the given remark plugins, with Astro's frontmatter in `file.data`. */
export async function renderMarkdown(
  input: string,
  plugins: PluggableList,
  frontmatter?: Record<string, unknown>,
): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(plugins)
    // Raw HTML is kept, as Astro keeps it, so fixtures can show that plugins leave it alone.
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process({ value: input, data: frontmatter === undefined ? {} : { astro: { frontmatter } } });
  return String(file);
}
