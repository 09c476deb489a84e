/**
 * Titles for drafted events and stories, made from the sentences of a wire story.
 */
import { findDates, type DateMention } from '../../news-dates';
import type { PublishedDate } from '../../published-date';

/** The story's title, from its lede (the first paragraph). */
export function storyTitle(lede: string, published: PublishedDate): string {
  return headlineFrom(lede, findDates(lede, published.date));
}

/**
 * The sentence without its date phrase ("on Tuesday"), as one line of at most ~160 characters. A
 * window keeps its words: "over the next 10 days" is what the event is.
 */
export function eventTitle(mention: DateMention): string {
  const { sentence } = mention;
  const from = mention.start - sentence.start;
  const to = mention.end - sentence.start;
  const text = mention.window
    ? sentence.text
    : `${sentence.text.slice(0, from).replace(/\b(?:on|in|since|by|during)\s+$/i, '')}${sentence.text.slice(to)}`;
  const title = shorten(tidy(text) || sentence.text.trim(), 160);
  return /[.!?"”…]$/.test(title) ? title : `${title}.`;
}

/** Spacing and punctuation left behind where a phrase was cut out. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[,;:]+(?=[.!?]?$)/, '')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A headline from the lede: its first sentence, date phrases removed, cut at a clause. */
function headlineFrom(lede: string, mentions: readonly DateMention[]): string {
  let text = (mentions.find((m) => m.start < lede.length)?.sentence.text ?? lede).trim();
  for (const mention of mentions.filter((m) => m.end <= text.length).reverse()) {
    text = `${text.slice(0, mention.start).replace(/\b(?:on|in)\s+$/i, '')}${text.slice(mention.end)}`;
  }
  return shorten(tidy(text).replace(/\.$/, ''), 120);
}

/**
 * At most `max` characters: cut at the last clause break that keeps more than half (a clean
 * headline), else at a word with an ellipsis.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const clause = Math.max(...[' amid ', ' as ', ', ', ' after ', ' while ', ' with ', ' but ', ' if '].map((m) => text.lastIndexOf(m, max)));
  if (clause > max / 2) return text.slice(0, clause).trim();
  return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '').trim()}…`;
}
