/**
 * Who said what (issue 14): the quotations of a story body, each with the actor who said it.
 *
 * Pure and linear in the length of the text: one scan for the quotation marks, one for the
 * sentences, one for the words, which give both the speakers' names and the verbs of saying (a
 * map and a set lookup a word); a pronoun looks back two paragraphs at most. No dependency beyond
 * the actor kinds.
 *
 * - find.ts: quotation spans, sentences that keep a quotation whole, whole against partial.
 * - names.ts: which speakers a stretch of narration names.
 * - cues.ts: the verbs and phrases that attribute speech.
 * - subject.ts / attribute.ts: from a cue to its speaker.
 *
 * Decisions:
 * - A fragment inside somebody's reported speech is theirs even when it quotes a third party's
 *   phrase: in `Vance … said Tehran was "not yet willing" to engage on some of Trump's "red
 *   lines."` all three fragments are Vance's. He is the one using the words; "Trump's" says
 *   whose red lines they are, not who said it.
 * - A fragment takes the nearest cue before it, a quotation that opens its sentence the
 *   attribution after it (`"…," the statement added`).
 * - Nobody rather than a guess: a joint statement ("the EU and the OSCE said"), someone not
 *   among the speakers ("Kremlin spokesman Dmitry Peskov", "Erdoğan's office"), a pronoun with two
 *   persons equally plausible, a surname two persons named so far share, and a head that fits
 *   more than one speaker are all left unattributed.
 * - Only double quotation marks, straight or curly. Single quotes are not read as marks: ’ is
 *   far more often an apostrophe, and a nested ‘…’ stays inside the outer quotation.
 */
import type { ActorKind } from '../../schemas/actor';
import { Attribution, type Paragraph } from './attribute';
import { isWhole, quoteSpans, sentenceSpans, unquoted, type QuoteSpan } from './find';
import { cuesOf } from './cues';
import { SpeakerNames, tokensOf } from './names';

export interface Speaker {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  readonly role?: string | undefined;
}

export interface Quotation {
  /** The quoted words, without the quote marks. */
  readonly text: string;
  /** Index of the paragraph it is in. */
  readonly paragraph: number;
  /** A fragment quoted inside a sentence ("productive "in some ways""), not a whole quoted statement. */
  readonly partial: boolean;
  /** The speaker's actor id; absent when the speaker cannot be told (never guessed). */
  readonly speaker?: string | undefined;
}

/** @param paragraphs plain text of each body paragraph, in order. @param speakers the story's actors. */
export function findQuotations(paragraphs: readonly string[], speakers: readonly Speaker[]): Quotation[] {
  const names = new SpeakerNames(speakers);
  const named = new Set<string>();
  const parsed: Paragraph[] = paragraphs.map((text) => {
    const quotes = quoteSpans(text);
    const masked = unquoted(text, quotes);
    const tokens = tokensOf(masked);
    const mentions = names.mentions(masked, tokens).map((m) => {
      const narrowed = names.narrow(m, named);
      if (narrowed.ids.length === 1) named.add(narrowed.ids[0]!);
      return narrowed;
    });
    return { text, masked, quotes, sentences: sentenceSpans(text, masked), mentions, cues: cuesOf(masked, tokens) };
  });
  const attribution = new Attribution(names, parsed);
  // Read even without quotations: later pronouns, "the statement" and "the ministry" look back.
  const said = parsed.map((_, p) => attribution.speakersOf(p));
  carryAcrossParagraphs(parsed, said);
  const out: Quotation[] = [];
  parsed.forEach((para, p) => {
    let previous: { span: QuoteSpan; whole: boolean } | undefined;
    para.quotes.forEach((span, i) => {
      const sentence = para.sentences.find((s) => span.start >= s.start && span.start < s.end) ?? { start: 0, end: para.text.length };
      const whole = isWhole(para.text, sentence, span, previous);
      previous = { span, whole };
      const text = quotedText(para.text.slice(span.innerStart, span.innerEnd), whole);
      if (!text) return;
      const speaker = said[p]![i];
      out.push(speaker === undefined ? { text, paragraph: p, partial: !whole } : { text, paragraph: p, partial: !whole, speaker });
    });
  });
  return out;
}

/**
 * A quotation that runs on into the next paragraph (left open, the next paragraph opening with a
 * quotation mark, the wire convention) is one speaker's: the attribution of either part tells
 * both, forwards and back along a chain of such paragraphs.
 */
function carryAcrossParagraphs(parsed: readonly Paragraph[], speakers: Array<Array<string | undefined>>): void {
  const runsOn = (p: number) => {
    const last = parsed[p]!.quotes.at(-1);
    const next = parsed[p + 1];
    return !!last && !last.closed && !!next && next.quotes.length > 0 && !next.text.slice(0, next.quotes[0]!.start).trim();
  };
  for (let p = parsed.length - 2; p >= 0; p--) {
    const here = speakers[p]!;
    if (runsOn(p) && here[here.length - 1] === undefined) here[here.length - 1] = speakers[p + 1]![0];
  }
  for (let p = 0; p < parsed.length - 1; p++) {
    const here = speakers[p]!;
    if (runsOn(p) && speakers[p + 1]![0] === undefined) speakers[p + 1]![0] = here[here.length - 1];
  }
}

/**
 * The words without the punctuation that belongs to the sentence around them: the comma before
 * an attribution (`"…, " he said`), and a fragment's closing full stop (`engage on "red lines."`).
 */
function quotedText(inner: string, whole: boolean): string {
  let text = inner.trim().replace(/[,;:]+$/, '');
  if (!whole) text = text.replace(/\.$/, '');
  return text.trim();
}
