/**
 * remark plugin: every date expression in a story's paragraphs becomes
 * `<time datetime="2026-02-17" title="Tuesday 17 February 2026">Tuesday</time>`, resolved against
 * the story's `published` date, so a reader sees the wire's "Tuesday" and can learn which day it was.
 */
import type { Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findDates, type DateMention } from '../lib/news-dates';
import { describeMention, mentionDatetime } from '../lib/news-dates/markup';
import { parsePublishedDate, type PublishedDate } from '../lib/published-date';

export interface RemarkNewsDatesOptions {
  /** Class of the generated `<time>` elements. */
  readonly className?: string;
}

/** Reads `published` from the frontmatter Astro passes in; stories without a valid one are left alone. */
function publishedOf(file: VFile): PublishedDate | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  try {
    return frontmatter?.published === undefined ? undefined : parsePublishedDate(frontmatter.published);
  } catch {
    return undefined; // the schema reports the bad date with its file and field
  }
}

export function remarkNewsDates(options: RemarkNewsDatesOptions = {}) {
  const className = options.className ?? 'date-mention';
  return function transformer(tree: Root, file: VFile): void {
    const published = publishedOf(file);
    if (!published) return;
    visit(tree, 'paragraph', (paragraph) => markParagraph(paragraph, published, className));
  };
}

interface TextRun {
  readonly node: Text;
  readonly start: number;
}

function markParagraph(paragraph: Paragraph, published: PublishedDate, className: string): void {
  // The paragraph's text as one string, so the resolver sees whole sentences across emphasis.
  const runs: TextRun[] = [];
  let text = '';
  visit(paragraph, (node) => {
    if (node.type === 'inlineCode' || node.type === 'html') return 'skip';
    if (node.type === 'text') {
      runs.push({ node, start: text.length });
      text += node.value;
    }
    return undefined;
  });
  const byRun = new Map<TextRun, DateMention[]>();
  for (const mention of findDates(text, published.date)) {
    // A date split across formatting ("Feb. *6*") stays plain text.
    const run = runs.find((r) => r.start <= mention.start && mention.end <= r.start + r.node.value.length);
    if (run) byRun.set(run, [...(byRun.get(run) ?? []), mention]);
  }
  for (const [run, mentions] of byRun) {
    visit(paragraph, 'text', (node, index, parent) => {
      if (node !== run.node || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, ...split(run, mentions, className));
      return 'skip';
    });
  }
}

/** The run's text cut into plain text and one `<time>` text node per mention. */
function split(run: TextRun, mentions: readonly DateMention[], className: string): Text[] {
  const value = run.node.value;
  const pieces: Text[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const from = mention.start - run.start;
    const to = mention.end - run.start;
    if (from > cursor) pieces.push({ type: 'text', value: value.slice(cursor, from) });
    pieces.push({
      type: 'text',
      value: value.slice(from, to),
      data: {
        hName: 'time',
        hProperties: {
          dateTime: mentionDatetime(mention),
          title: describeMention(mention),
          className: [className],
          dataRule: mention.rule,
        },
      },
    });
    cursor = to;
  }
  if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
  return pieces;
}
