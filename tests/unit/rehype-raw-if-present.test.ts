/** rehype-raw runs only for stories with raw HTML, and a story without any renders as it did with it. */
import { readFileSync } from 'node:fs';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { hasRawHtml, rehypeRawIfPresent } from '../../src/remark/rehype-raw-if-present';
import { storySanitizeSchema } from '../../src/remark/sanitize-schema';

const bodyOf = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const demo = bodyOf('content/articles/2026-02-20-lavrov-araghchi-call.md');
const hostile = bodyOf('tests/fixtures/xss/content/articles/2026-02-20-hostile-html.md');

function render(markdown: string, raw: PluggableList): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(raw)
      .use(rehypeSanitize, storySanitizeSchema)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

function hastOf(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  return processor.runSync(processor.parse(markdown));
}

describe('rehypeRawIfPresent', () => {
  it('finds raw HTML only where the Markdown has some', () => {
    expect(hasRawHtml(hastOf(demo))).toBe(false);
    expect(hasRawHtml(hastOf(hostile))).toBe(true);
    expect(hasRawHtml(hastOf('Text with `<b>code</b>` only.'))).toBe(false);
  });

  it('renders the demo story exactly as rehype-raw does', () => {
    expect(render(demo, [rehypeRawIfPresent])).toBe(render(demo, [rehypeRaw]));
  });

  it('still parses raw HTML in a story that has it, so the sanitiser can keep what is safe', () => {
    const html = render(hostile, [rehypeRawIfPresent]);
    expect(html).toBe(render(hostile, [rehypeRaw]));
    expect(html).toContain('<em>Emphasis</em>');
    expect(html).toContain('<abbr title="European Union">EU</abbr>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
  });
});
