/**
 * Where the quotations of a paragraph are, and the sentences around them.
 *
 * Written here rather than taken from src/lib/import/events/sentences.ts: that module pulls in
 * compromise (through grammar.ts) and the news-dates resolver, far more than a build-time pass
 * over every paragraph of 5,000 stories should load, and its sentences split inside quotations
 * that the attribution needs whole. One scan per paragraph, no backtracking.
 */

/** A quoted passage of a paragraph: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  /** False for a quotation still open at the end of its paragraph. */
  readonly closed: boolean;
}

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The double-quoted passages of `text`: curly (“ ”, nested pairs kept inside the outer one) or
 * straight ("). Apostrophes and single quotes are never marks: ’ is far more often an apostrophe
 * (Trump’s, the Greens’) than a closing quote, and a nested ‘…’ belongs to the outer quotation
 * anyway. A quotation left open runs to the end of the paragraph (wire style for a quotation that
 * goes on in the next paragraph).
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let opened = -1;
  let straight = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opened === -1) {
      if (c === 0x201c || c === 0x22) {
        opened = i;
        straight = c === 0x22;
        depth = 1;
      } else if (c === 0x201d && i > 0 && /\s/.test(text[i - 1]!)) {
        // A ” typed as an opening mark (“ missing) opens a straight-style pair.
        opened = i;
        straight = true;
        depth = 1;
      }
      continue;
    }
    if (straight) {
      if (c === 0x22 || c === 0x201d) close(i);
    } else if (c === 0x201c) {
      depth++;
    } else if (c === 0x201d && --depth === 0) {
      close(i);
    }
  }
  if (opened !== -1) spans.push({ start: opened, end: text.length, innerStart: opened + 1, innerEnd: text.length, closed: false });
  return spans;

  function close(i: number): void {
    spans.push({ start: opened, end: i + 1, innerStart: opened + 1, innerEnd: i, closed: true });
    opened = -1;
  }
}

/** `text` with every quotation (marks included) blanked out, offsets kept, so that nothing said inside it is read as narration. */
export function unquoted(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + QUOTE_MASK.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Not a letter, digit, space or punctuation, so no pattern of the narration matches across a quotation. */
export const QUOTE_MASK = '\u{E000}';

/**
 * Words a full stop follows without ending the sentence: titles, months, "No." and the like.
 * Single capital letters (initials: "Gerald R. Ford", "J.D.") are handled apart.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt maj capt cmdr adm sgt gov sen rep rev st mt ft jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc co corp ltd jr sr approx est dept univ'.split(' '),
);

/**
 * The sentences of a paragraph, never cut inside a quotation: `"Markets are overreacting. Our
 * debt is low," Erdemir said.` is one sentence, since the attribution after the quotation is
 * what tells whose both parts are. A quotation that closes on a full stop before a capital ends
 * its sentence (`… “entered its final stage.” Aliyev was joined …`).
 */
export function sentenceSpans(text: string, masked: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const cut = (end: number, next: number) => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = next;
  };
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!;
    let end = -1;
    if (c === '.' || c === '!' || c === '?') {
      if (c === '.' && !endsSentence(masked, i)) continue;
      end = i + 1;
    } else if (c === QUOTE_MASK && (i + 1 === masked.length || masked[i + 1] !== QUOTE_MASK)) {
      // The last character of a quotation: does it end on a full stop inside the marks?
      const inner = text[i - 1];
      if (inner !== '.' && inner !== '!' && inner !== '?') continue;
      end = i + 1;
    } else {
      continue;
    }
    let next = end;
    while (next < masked.length && /\s/.test(masked[next]!)) next++;
    if (next === masked.length) break;
    if (next === end) continue;
    const following = text[next]!;
    if (/[\p{Lu}\p{N}"“]/u.test(following)) cut(end, next);
  }
  cut(text.length, text.length);
  return out;
}

/** Whether the full stop at `i` ends a sentence rather than an abbreviation or initial. */
export function endsSentence(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // "R. Ford", "J.D."
  if (j > 0 && text[j - 1] === '.') return false; // "U.S." inside
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether a quotation is a whole quoted statement rather than a fragment inside a sentence: it
 * opens its sentence, or follows a colon or comma with a capital ("…, said: “We …”"), or carries
 * on a whole quotation the attribution split (`"We are ready," he said, "to talk."`).
 */
export function isWhole(text: string, sentence: SentenceSpan, span: QuoteSpan, previous: { span: QuoteSpan; whole: boolean } | undefined): boolean {
  const before = text.slice(sentence.start, span.start);
  const first = /[\p{L}\p{N}]/u.exec(text.slice(span.innerStart, span.innerEnd))?.[0] ?? '';
  const capital = /[\p{Lu}\p{N}]/u.test(first);
  if (!before.trim()) return capital || first === '';
  if (/[:,]\s*$/.test(before) && capital) return true;
  if (previous?.whole && previous.span.start >= sentence.start && /,\s*$/.test(before)) {
    const closedOnComma = /,\s*$/.test(text.slice(previous.span.innerStart, previous.span.innerEnd));
    const between = text.slice(previous.span.end, span.start);
    return closedOnComma && !/[.;]/.test(between);
  }
  return false;
}
