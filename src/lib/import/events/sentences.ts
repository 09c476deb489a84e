/**
 * The sentences of a wire story as events and titles need them: a quotation stays whole with its
 * attribution (`"We lost everything. But not hope," she said.` is one sentence, not two), and a
 * sentence can be cut into the clauses that stand alone as sentences.
 */
import { sentencesOf as resolverSentences } from '../../news-dates/sentences';
import { hasFiniteVerb, startsLikeSubject } from './grammar';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly text: string;
}

/** A quoted passage: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface Quote extends Span {
  readonly innerStart: number;
  readonly innerEnd: number;
}


/** The sentences of `text` (paragraphs separated by blank lines), with offsets in `text`. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    let open: { start: number; text: string } | undefined;
    const close = () => {
      if (!open) return;
      const trimmed = open.text.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      if (trimmed.trim()) sentences.push({ text: trimmed.trimStart(), start: open.start + lead, end: open.start + trimmed.length });
      open = undefined;
    };
    // The resolver's sentences (abbreviations such as "Feb." already rejoined), joined again where
    // a quotation runs on or the next one starts in lower case.
    for (const { text: segment, start: index } of resolverSentences(paragraph[0])) {
      const start = paragraph.index + index;
      if (open && (quoteOpen(open.text) || /^\s*\p{Ll}/u.test(segment))) {
        open.text += segment;
      } else {
        close();
        open = { start, text: segment };
      }
    }
    close();
  }
  return sentences;
}

/** Whether a quotation opened in `text` is still open at its end. */
function quoteOpen(text: string): boolean {
  const quotes = quotesOf(text);
  return quotes.length > 0 && quotes.at(-1)!.innerEnd === text.length && !/["”]\s*$/.test(text);
}

/**
 * The quoted passages of a sentence, in curly (“ ”) or straight (") double quotes; a quotation
 * left open runs to the end.
 */
export function quotesOf(text: string): Quote[] {
  const quotes: Quote[] = [];
  let opened: number | undefined;
  let mark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (opened === undefined) {
      if (c === '“' || c === '"') {
        opened = i;
        mark = c === '“' ? '”' : '"';
      }
    } else if (c === mark) {
      quotes.push({ start: opened, end: i + 1, innerStart: opened + 1, innerEnd: i });
      opened = undefined;
    }
  }
  if (opened !== undefined) quotes.push({ start: opened, end: text.length, innerStart: opened + 1, innerEnd: text.length });
  return quotes;
}

export const inside = (span: Span, within: readonly Span[]): boolean => within.some((q) => span.start >= q.start && span.end <= q.end);

/** Offsets of `text` that are inside a quotation or brackets, where no clause is cut. */
export function protectedSpans(text: string, quotes: readonly Span[] = quotesOf(text)): Span[] {
  const spans: Span[] = [...quotes];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) spans.push({ start: open.pop()!, end: i + 1 });
  }
  return spans;
}

/**
 * Where `text` can be cut into clauses that each stand as a sentence: at a semicolon, or at a
 * comma before "and", "but", "while", "whereas" when a subject follows (and, after "and" or
 * "but", a finite verb: "…, and Iran is one of …", not "…, and Berlin"). Each clause's span
 * leaves out the joining punctuation and conjunction. One clause when there is no such point.
 */
export function clausesOf(text: string): Span[] {
  const guarded = protectedSpans(text);
  const cuts: Array<{ at: number; next: number }> = [];
  for (const match of text.matchAll(/;\s+|,\s+(and|but|while|whereas)\s+/g)) {
    const at = match.index;
    if (guarded.some((s) => at > s.start && at < s.end)) continue;
    const next = at + match[0].length;
    const rest = text.slice(next);
    if (!startsLikeSubject(rest)) continue;
    const conjunction = match[1];
    if ((conjunction === 'and' || conjunction === 'but' || !conjunction) && !hasFiniteVerb(clauseText(rest))) continue;
    cuts.push({ at, next });
  }
  const clauses: Span[] = [];
  let start = 0;
  for (const cut of cuts) {
    clauses.push({ start, end: cut.at });
    start = cut.next;
  }
  clauses.push({ start, end: text.length });
  return clauses;
}

/** A clause up to the next semicolon (for the verb check of what follows a cut). */
function clauseText(rest: string): string {
  const end = rest.search(/;\s/);
  return end === -1 ? rest : rest.slice(0, end);
}
