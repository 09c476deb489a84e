/**
 * Attributions and quotations: which date says when something was said ("the ministry said on
 * Tuesday", "On Thursday, Trump said", "Lavrov on Friday told"), and dates inside a quotation
 * read from the day the quote was given, not from publication:
 * `"We will meet again on Monday," the minister said on Thursday.` is the Monday after that
 * Thursday.
 */
import type { DateSpan } from '../../date-span';
import { findDates, type DateMention } from '../../news-dates';
import type { PartialDate } from '../../partial-date';
import { SPEECH_VERB } from './grammar';
import { inside, type Quote, type Span } from './sentences';

/** A date expression of one sentence, with offsets in that sentence. */
export interface DatedPhrase extends Span {
  readonly text: string;
  readonly value: DateSpan;
  readonly precision: DateMention['precision'];
  readonly window: boolean;
  readonly tense: DateMention['tense'];
  /** Inside a quotation. */
  readonly quoted: boolean;
  /** It dates the saying ("said on Tuesday"), not what was said. */
  readonly reporting: boolean;
}

const LEAD = String.raw`(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?`;
/** Words between a verb of saying and its date: no "that" and no verb of a reported clause. */
const FILLER = String.raw`(?:(?!\b(?:that|had|has|have|was|were|is|are|would|will|could)\b)[^,;:"“”])`;

/** "said on Tuesday", "said in a statement on Tuesday", "said in a report published last Thursday". */
const SAID_THEN_DATE = new RegExp(
  String.raw`\b${SPEECH_VERB}(?:\s+(?:in|at|to|during|after|via|through|from|with)\s+${FILLER}{1,60}?)?\s+${LEAD}$`,
  'iu',
);
/** "told Anadolu Agency on Wednesday", "told supporters gathered outside the office early on Monday". */
const TOLD_THEN_DATE = new RegExp(String.raw`\btold\s+${FILLER}{1,70}?\s+${LEAD}$`, 'iu');
/** "On Thursday, Trump said", "Early on Monday, the ministry announced". */
const DATE_OPENS_SAYING = new RegExp(
  String.raw`^\s*(?:(?:night|morning|afternoon|evening)\s*)?,?\s*(?:[\p{L}\p{N}'’.()-]+\s+){1,7}?${SPEECH_VERB}\b`,
  'iu',
);
/** "Lavrov on Friday said". */
const DATE_THEN_SAID = new RegExp(String.raw`^\s*(?:(?:night|morning|afternoon|evening)\s+)?${SPEECH_VERB}\b`, 'iu');

/** Whether the date at `span` of `sentence` dates a saying rather than what was said. */
export function isReporting(sentence: string, span: Span): boolean {
  const before = sentence.slice(0, span.start);
  const after = sentence.slice(span.end);
  if (SAID_THEN_DATE.test(before) || TOLD_THEN_DATE.test(before)) return true;
  if (/^\s*(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?$/i.test(before) && DATE_OPENS_SAYING.test(after)) return true;
  return /\s(?:on\s+)?$/i.test(before) && DATE_THEN_SAID.test(after);
}

/**
 * The dates of one sentence, those inside a quotation resolved from the day of its attribution
 * when the sentence dates the saying to a day (`findDates(quote, that day)`).
 */
export function datedPhrases(sentence: string, mentions: readonly DateMention[], offset: number, quotes: readonly Quote[]): DatedPhrase[] {
  const phrases = mentions.map((m): DatedPhrase => {
    const span = { start: m.start - offset, end: m.end - offset };
    const quoted = inside(span, quotes);
    return {
      ...span,
      text: m.text,
      value: m.value,
      precision: m.precision,
      window: m.window,
      tense: m.tense,
      quoted,
      reporting: !quoted && !m.window && isReporting(sentence, span),
    };
  });
  const saidOn = phrases.find((p) => p.reporting && p.precision === 'day')?.value.start;
  if (!saidOn || quotes.length === 0) return phrases;
  return [...phrases.filter((p) => !p.quoted), ...quotes.flatMap((q) => quotedDates(sentence, q, saidOn))].sort((a, b) => a.start - b.start);
}

function quotedDates(sentence: string, quote: Quote, saidOn: PartialDate): DatedPhrase[] {
  return findDates(sentence.slice(quote.innerStart, quote.innerEnd), saidOn).map((m) => ({
    start: quote.innerStart + m.start,
    end: quote.innerStart + m.end,
    text: m.text,
    value: m.value,
    precision: m.precision,
    window: m.window,
    tense: m.tense,
    quoted: true,
    reporting: false,
  }));
}
