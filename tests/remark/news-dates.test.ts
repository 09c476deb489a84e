/** Fixture tests for remarkNewsDates: tests/remark/news-dates/<case>/{input.md,output.html,options.json}. */
import { describe, expect, it } from 'vitest';
import { remarkNewsDates } from '../../src/remark/remark-news-dates';
import { readFixtures, renderMarkdown } from '../helpers/remark-fixtures';

const fixtures = readFixtures<{ frontmatter?: Record<string, unknown> }>(new URL('./news-dates/', import.meta.url));

describe('remarkNewsDates', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_, fixture) => {
    expect(await renderMarkdown(fixture.input, [remarkNewsDates], fixture.options.frontmatter)).toBe(fixture.expected);
  });
});
