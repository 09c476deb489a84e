/**
 * Titles for drafted events and stories, made from the sentences of a wire story. A title is a
 * whole sentence: a date phrase is taken out only where it is a free adverbial whose removal
 * leaves a sentence, and a long sentence is cut only where what is left is a whole main clause.
 *
 * A date phrase goes when it is
 * - sentence-initial with a preposition ("On Tuesday, the ministry said …", "Early on Monday
 *   police …") or bare before a comma ("Last June, …", "Yesterday, …"); what follows is
 *   re-capitalised;
 * - "on", "in" or "during" with its date after anything but the sentence start ("sailed through
 *   the Bosphorus on Tuesday", "won a second term in June"), with "early"/"late" and a following
 *   "night", "morning", "afternoon" or "evening";
 * - a bare date ("said last week that", "will sign … next month,") between a word that does not
 *   govern it and a function word or punctuation.
 * It stays when it is possessive ("Sunday's vote"), one of a pair ("on Wednesday and Thursday"),
 * the antecedent of "when" ("in June 2024, when …"), most of a short aside ("The ceasefire,
 * agreed on Jan. 19, has held"), the subject ("Monday, the ministry said, was the busiest day",
 * "Sunday was calm"), follows a determiner, adjective, number or a
 * preposition that makes it the object ("A June election", "the June 7 elections", "slated for
 * Monday", "until 2040", "since early 2014", "in the week of Dec. 6"), modifies a noun ("Monday
 * talks"), is a window ("over the next 10 days"), is inside a quotation, or when taking it out
 * would leave anything `isWhole` refuses.
 */
import { findDates } from '../../news-dates';
import type { PublishedDate } from '../../published-date';
import { DANGLING, hasFiniteVerb, SPEECH_VERB, startsLikeSubject } from './grammar';
import { inside, protectedSpans, quotesOf, sentencesOf, type Span } from './sentences';

/** How long an event title may grow before it is cut at a clause, when it can be. */
export const EVENT_TITLE_LENGTH = 160;
/** The same for story titles. */
export const STORY_TITLE_LENGTH = 120;

/** A date expression to take out of a title if it can go. */
export interface DatePhrase extends Span {
  /** A window keeps its words: "over the next 10 days" is what the event is. */
  readonly window?: boolean;
  /** The date of the event being titled: if it has to stay, no cut may drop it. */
  readonly own?: boolean;
}

/**
 * The story's title, from the first sentence of its lede under the rules of `titleFrom`, at most
 * about `STORY_TITLE_LENGTH` characters when a clause allows, without a final full stop.
 */
export function storyTitle(lede: string, published: PublishedDate): string {
  const first = sentencesOf(lede)[0];
  if (!first) return lede.trim();
  const phrases = findDates(lede, published.date)
    .filter((m) => m.start >= first.start && m.end <= first.end)
    .map((m) => ({ start: m.start - first.start, end: m.end - first.start, window: m.window }));
  return titleFrom(first.text, phrases, STORY_TITLE_LENGTH).replace(/\.$/, '');
}

/**
 * A title from `text` (a sentence or one of its clauses): the date phrases that can go taken
 * out, capitalised, ending in a full stop, cut at a clause when longer than `max` if a clause
 * boundary leaves a whole main clause.
 */
export function titleFrom(text: string, phrases: readonly DatePhrase[], max = EVENT_TITLE_LENGTH): string {
  let title = text.trim();
  const offset = text.length - text.trimStart().length;
  const guarded = protectedSpans(title, quotesOf(title));
  const ranges = phrases
    .map((p) => ({ ...p, start: p.start - offset, end: p.end - offset }))
    .filter((p) => p.start >= 0 && p.end <= title.length);
  const removable = ranges.filter((p) => !p.window && !inside(p, guarded)).sort((a, b) => b.start - a.start);
  // Where each of the event's own dates ends (or was taken out): a cut must not come before it,
  // or the title would drop the clause that states the event.
  let anchors = ranges.filter((p) => p.own).map((p) => p.end);
  for (const phrase of removable) {
    const cut = removal(title, phrase);
    if (!cut) continue;
    let candidate = `${title.slice(0, cut.start)}${title.slice(cut.end)}`;
    if (cut.start === 0) candidate = capitalise(candidate);
    candidate = tidy(candidate);
    if (!isWhole(finish(candidate)) || candidate.length === 0) continue;
    const shift = title.length - candidate.length;
    anchors = anchors.map((a) => (a <= cut.start ? a : a >= cut.end ? a - shift : cut.start));
    title = candidate;
  }
  return shorten(finish(title), max, Math.max(0, ...anchors));
}

/** The stretch to delete for the date phrase at `phrase`, or nothing when it has to stay. */
function removal(text: string, phrase: Span): Span | undefined {
  let { start, end } = phrase;
  if (/^['’]s\b/.test(text.slice(end))) return undefined; // "Sunday's vote"
  // "on Wednesday and Thursday", "from Monday to Friday", "in June, when …": the date is part of
  // a pair or a later clause refers to it.
  if (/^\s*(?:(?:and|or|to|through|until|[–-])\s*(?:on\s+)?[\p{Lu}\p{N}]|,?\s*(?:when|where)\b)/u.test(text.slice(end))) return undefined;
  const timeOfDay = /^\s+(?:night|morning|afternoon|evening)\b/.exec(text.slice(end));
  if (timeOfDay) end += timeOfDay[0].length;
  const before = text.slice(0, start);
  const after = text.slice(end);

  // Sentence-initial: "On Tuesday, …", "Early on Monday …", "Last June, …".
  const initial = /^\s*(?:((?:early|late|earlier|later)\s+)?(on|in|during)\s+|(?:early|late|earlier|later)\s+)?$/i.exec(before);
  if (initial) {
    const comma = /^\s*,\s*/.exec(after);
    if (!initial[2] && !comma) return undefined; // a bare date opening the sentence is its subject
    // "Monday, the ministry said, was the busiest day": still the subject.
    if (!initial[2] && /^\s*,[^,]{1,80}\b(?:said|says|added|noted|told \S+)\s*,/.test(after)) return undefined;
    if (!/^\s*,?\s*\S/.test(after)) return undefined;
    return { start: 0, end: end + (comma ? comma[0].length : /^\s*/.exec(after)![0].length) };
  }

  // "… on Tuesday", "… early on Wednesday", "… in June", "… during 2014".
  const preposition = /\s((?:(?:early|late)\s+)?(?:on|in|during)\s+)$/i.exec(before);
  // "The ceasefire, agreed on Jan. 19, has held", "The deal, which takes effect on March 1, caps
  // …": the date is most of what a short aside says.
  const aside = /,\s*(?:[\p{L}’'-]+\s+){1,4}$/u;
  if (/^\s*,/.test(after) && aside.test(before.slice(0, before.length - (preposition?.[1]!.length ?? 0)))) return undefined;
  if (preposition) {
    // "in June inflation": a date that modifies the next word stays; "on" always heads a phrase.
    if (!/\bon\s+$/i.test(preposition[1]!) && !freeAfter(text.slice(end))) return undefined;
    start -= preposition[1]!.length;
  } else {
    // A bare date: the word that governs it must not be a preposition, determiner or number.
    const modifier = /(?:\b(?:early|late|mid|earlier|later)[\s-]+)$/i.exec(before);
    const governor = /([\p{L}\p{N}'’-]+)\W*$/u.exec(before.slice(0, before.length - (modifier?.[0].length ?? 0)))?.[1] ?? '';
    if (GOVERNS.has(governor.toLowerCase()) || /\d|['’]s?$/.test(governor) || /[(“"]\s*$/.test(before)) return undefined;
    if (modifier) start -= modifier[0].length;
    if (!freeAfter(text.slice(end))) return undefined; // "Monday talks"
  }
  // ", on Tuesday," or ", on Feb. 6." : the comma before goes with the phrase.
  if (/,\s*$/.test(text.slice(0, start)) && /^\s*[,.;:!?]/.test(after)) {
    const comma = /,\s*$/.exec(text.slice(0, start))!;
    start -= comma[0].length;
    if (/^\s*,/.test(after)) end += /^\s*,/.exec(after)![0].length;
  } else if (/\s$/.test(text.slice(0, start))) {
    start -= 1;
    // "ended on Tuesday, Feb. 17, in Geneva": the comma after a date with a comma in it closes
    // the date, unless a clause follows ("on Feb. 6, 2023, flattening …").
    const closing = /^,(?=\s+(?:in|at|on|near|off|outside|inside|across|along|around|over|under|from|to|with|for)\s)/;
    if (text.slice(phrase.start, phrase.end).includes(',') && closing.test(text.slice(end))) end += 1;
  }
  return { start, end };
}

/** Words that make a bare date their object or modifier: it stays. */
const GOVERNS = new Set(
  (
    'for until till by since from to of between through before after at within over as than into toward towards around about beyond ' +
    'past on in during the a an this that these those its his her their our my your each every last next same first one ' +
    'published released issued dated and or nor'
  ).split(' '),
);

/** Words that can follow a free adverbial date. */
const FOLLOWS_ADVERBIAL = new Set(
  (
    'that to in at on with for as after before when while and but or during from near amid because if since despite following without ' +
    'under over off through toward towards into against via according under outside inside across along than where which who then'
  ).split(' '),
);

/** Whether what follows a date lets it be an adverbial: punctuation, the end, or a function word. */
function freeAfter(after: string): boolean {
  const next = /^\s*(\p{L}+|[^\s\p{L}])?/u.exec(after)?.[1];
  return !next || !/\p{L}/u.test(next) || FOLLOWS_ADVERBIAL.has(next.toLowerCase());
}

/** Spacing and punctuation left behind where a phrase was taken out. */
function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/,(\s*[.;:!?])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function capitalise(text: string): string {
  return text.replace(/^(\s*["“(]?\s*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** Capitalised, with no trailing comma or colon, ending in a full stop unless it ends in . ! ? or a quote that does. */
function finish(text: string): string {
  const title = capitalise(text.trim().replace(/[\s,;:]+$/, ''));
  return /[.!?]["”’]?$/.test(title) ? title : `${title}.`;
}

/**
 * Whether `title` reads as a whole sentence by the checks a cut could break: no possessive left
 * without its word, no sentence ending in a preposition, article or conjunction, no function word
 * before punctuation, no doubled or stranded punctuation, balanced quotes and brackets, no
 * ellipsis.
 */
export function isWhole(title: string): boolean {
  if (/…|\.\.\./.test(title)) return false;
  if (!balanced(title)) return false;
  return wholeOutsideQuotes(title.replace(/“[^”]*”|"[^"]*"/g, '"Q"'));
}

/** The checks of `isWhole` that quoted words are exempt from ("whoever they voted for,"). */
function wholeOutsideQuotes(title: string): boolean {
  if (/(?:^|[\s(“"])['’]s(?![\p{L}\p{N}])/u.test(title)) return false;
  if (/,\s*[,.;:!?]|\s[,.;:!?]|\(\s*\)|\s{2}/.test(title)) return false;
  const words = title.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).map((s) => lastWord(s));
  if (words.some((w) => DANGLING.has(w.toLowerCase()))) return false;
  if (/(?<![\p{L}\p{N}])(?:the|a|an|its|his|her|their|of|for|until|by|since|from|to|in|on|at|with|between|during)\s*[,.;:!?)]/iu.test(title)) return false;
  return !/(?<![\p{L}\p{N}])(?:of|for|until|by|since|from|at|during|between)\s+(?:to|of|for|in|on|at|by)(?![\p{L}\p{N}])/iu.test(title);
}

/** The last word of a sentence ("of" in "… target of."), or a number ("5%"), which is no dangling word. */
function lastWord(sentence: string): string {
  return /([\p{L}\p{N}%'’-]+)[^\p{L}\p{N}%]*$/u.exec(sentence)?.[1] ?? '';
}

function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/** Where a sentence can end early and leave its main clause whole (the cut is before the match). */
const CUTS: ReadonlyArray<{ pattern: RegExp; check?: (rest: string) => boolean }> = [
  { pattern: /,(["”]?)\s+(?=according to\b)/g }, // ", according to unofficial results"
  { pattern: /,(["”]?)\s+(?=\p{Ll}+ing\b)/gu }, // ", halting the production …", ", warning that …"
  { pattern: /,?(["”]?)\s+(?=(?:amid|while|whereas|as|after|with)\s)/g },
  { pattern: /,?(["”]?)\s+(?=but\s)/g },
  { pattern: /,\s+(?=(?:which|who)\s)/g },
  { pattern: /;\s+/g },
  { pattern: /,\s+(?=and\s)/g, check: (rest) => startsLikeSubject(rest.replace(/^and\s+/, '')) && hasFiniteVerb(rest) },
  // ", a day after …", ", nearly three weeks after …"
  {
    pattern:
      /,\s+(?=(?:(?:nearly|almost|just|shortly|some|only|barely|about)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b)/g,
  },
  // A closing attribution: ", the ministry said.", ", ship spotters in Istanbul said."
  {
    pattern: /,\s+(?=[^,;“”"]{0,80}?\b(?:said|told \p{L}+|reported|announced|added)\b[^,;“”"]*$)/gu,
    check: (rest) => startsLikeSubject(rest) && !new RegExp(`^${SPEECH_VERB}\\b`, 'i').test(rest),
  },
];

/** A prefix that ends in one of these is not a whole clause ("three weeks", "such"). */
const ENDS_BADLY =
  /\b(?:hours?|days?|weeks?|months?|years?|shortly|soon|just|such|well|long|known|same|much|many|few|far|rather|later|earlier|ago|along|together|compared|coupled)$/i;

/**
 * At most `max` characters if a clause allows: the longest prefix within `max` that ends at a
 * clause boundary and is a whole main clause (a finite verb, no open quote, not ending in a
 * function word) and reaches `keepTo` (where the event's own date is or was, so that the clause
 * stating the event stays);
 * else the shortest such prefix; else the whole sentence.
 */
export function shorten(text: string, max: number, keepTo = 0): string {
  if (text.length <= max) return text;
  const guarded = protectedSpans(text);
  const candidates: string[] = [];
  for (const { pattern, check } of CUTS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      const closing = match[1] ?? '';
      // A comma just inside a closing quote ('10 days," warning …') cuts after the quote.
      const position = closing ? at + match[0].indexOf(closing) + 1 : at;
      if (guarded.some((s) => position > s.start && position < s.end)) continue;
      const rest = text.slice(at + match[0].length);
      if (check && !check(rest)) continue;
      const body = text.slice(0, at).trimEnd();
      if (!closing && !match[0].startsWith(',') && ENDS_BADLY.test(body)) continue; // "three weeks| after", "such| as"
      const prefix = closing ? `${body}.${closing}` : `${body.replace(/[,;:]$/, '')}.`;
      if (prefix.length < 40 || body.length < keepTo || !isWhole(prefix) || !hasFiniteVerb(body)) continue;
      candidates.push(prefix);
    }
  }
  const within = candidates.filter((c) => c.length <= max).sort((a, b) => b.length - a.length);
  if (within[0]) return within[0];
  const over = candidates.filter((c) => c.length < text.length).sort((a, b) => a.length - b.length);
  return over[0] ?? text;
}
