/**
 * Whether a date expression sits in a past or a future clause, or in one whose verbs say neither.
 *
 * The nearest tense marker before the expression in its clause decides; with none before (a clause
 * that opens "On Thursday, Trump said …"), the nearest after; then the same over the whole
 * sentence; with none at all the clause is unmarked and each rule reads its period the nearest
 * way (see `Direction` in calendar.ts). Markers:
 * - future: modals ("will", "would", "may", "must"), scheduling words ("due", "expires",
 *   "payable", "scheduled", "set to", "plans to", "deadline"), and present-tense verbs of
 *   timetables ("the leaders meet again Monday", "talks begin Monday", "the summit opens
 *   Wednesday"), the last only when a subject can precede them (not "the vote", "to meet");
 * - past: "said", "was", verbs in -ed, irregular past forms and participles ("brought", "sought",
 *   "began", "held", "taken").
 * "planned" as an adjective ("the planned talks") marks nothing; "planned to", "is planned for" do.
 * A participle inside a future passive ("will be held", "is to be signed") is no past.
 */
export type Tense = 'past' | 'future';

export interface ClauseTense {
  /** Undefined when no marker says either. */
  readonly tense?: Tense;
  /**
   * Set when the deciding marker reports an expectation from a time before publication ("said
   * talks would resume on Thursday", "was due to arrive on Monday"): the expression is read from
   * the date of the report when the sentence gives one, at this offset.
   */
  readonly reported?: { readonly index: number; readonly fallback: 'ahead' | 'nearest' };
  /** The past perfect decides ("had collapsed"): even "by March" then lies behind. */
  readonly perfect?: boolean;
}

const FUTURE =
  /\b(?:(?:was|were) (?:due|expected|scheduled|set|supposed|planned|going|to)|will|won['’]t|shall|would|wouldn['’]t|may|might|must|(?:is|are|be) due|due(?! to (?:the|a|an|its|his|her|their|bad|poor|heavy|high|low|lack|concerns?|security|technical|weather)\b)|expects?|expected|scheduled|slated|set (?:to|for)|plans? (?:to|for)|planned (?:to|for)|(?:is|are|was|were) planned|intends? to|aims? to|hopes? to|(?:is|are) to|going to|upcoming|deadline|expires?|payable|needs? to|has to|have to)\b|['’]ll\b/g;

/** An expectation reported from the past: read from the report's date (see `reported`). */
const REPORTED = /^(?:would|wouldn['’]t|(?:was|were) (?:due|expected|scheduled|set|supposed|planned|going|to))/;

/** Timetable verbs that state a future in the present tense ("talks begin Monday"). */
const PRESENT_FUTURE =
  /\b(?:meets?|begins?|starts?|opens?|closes?|resumes?|reconvenes?|convenes?|hosts?|visits?|travels?|arrives?|returns?|votes?|heads?|ends?|launch(?:es)?|leaves?|departs?|fl(?:y|ies)|signs?|plays?|holds?|enters?|kicks? off|takes? (?:office|effect)|comes? into (?:force|effect))\b/g;

/**
 * A word right before a timetable verb that makes it a noun ("the vote", "a planned visit", "a
 * two-day visit", "the March vote") or an infinitive, or negates it.
 */
const NOT_A_SUBJECT =
  /(?:^|\s)(?:[\p{L}-]+(?:ed|al|ic|ive|ous|-day|-long|-week)|state|joint|brief|surprise|rare|the|a|an|its|his|her|their|our|this|that|these|those|first|last|next|final|to|would|will|shall|may|might|must|could|should|can|cannot|did|didn['’]t|does|doesn['’]t|do|don['’]t|not|never|no|of|for|in|on|at|by|after|before|with|each|every|one|two|three|january|february|march|april|june|july|august|september|october|november|december|\d+)\s+$/iu;

const IRREGULAR_PAST = [
  'said', 'told', 'was', 'were', 'had', 'did', 'held', 'met', 'went', 'came', 'took', 'made', 'gave', 'spoke', 'began',
  'left', 'saw', 'fell', 'rose', 'won', 'lost', 'sent', 'brought', 'sought', 'thought', 'fought', 'bought', 'caught',
  'taught', 'drew', 'drove', 'flew', 'fled', 'froze', 'hid', 'kept', 'knew', 'led', 'ran', 'rode', 'sold', 'shot',
  'stood', 'struck', 'swore', 'threw', 'woke', 'wrote', 'withdrew', 'became', 'broke', 'chose', 'ate', 'fed', 'felt',
  'found', 'forgot', 'forgave', 'got', 'grew', 'heard', 'hung', 'laid', 'lent', 'lit', 'meant', 'paid', 'rang', 'sang',
  'sank', 'sat', 'slept', 'slid', 'spent', 'spun', 'stole', 'stuck', 'swept', 'swam', 'tore', 'understood', 'wore',
  'overtook', 'undertook', 'overthrew', 'upheld', 'withheld', 'oversaw', 'underwent', 'mistook', 'arose', 'awoke',
  'bore', 'bent', 'bit', 'blew', 'built', 'burnt', 'crept', 'dealt', 'dug', 'forbade', 'shook', 'sprang', 'strove',
  'been', 'gone', 'done', 'seen', 'taken', 'given', 'begun', 'spoken', 'written', 'chosen', 'driven', 'fallen',
  'flown', 'grown', 'known', 'risen', 'shown', 'stolen', 'sworn', 'thrown', 'torn', 'broken', 'forgotten', 'frozen',
  'hidden', 'ridden', 'eaten', 'beaten', 'drawn', 'withdrawn', 'overseen', 'undergone', 'ago',
  // The same in the present and the past, but past in wire copy unless a modal precedes them.
  'hit', 'cut', 'put', 'shut', 'spread', 'quit', 'split', 'hurt', 'cost',
];

/** "will hit", "to cut", "would put": a verb after a modal or "to" is no past form. */
const MODAL_BEFORE = /\b(?:will|would|shall|may|might|must|could|should|can|cannot|to|not|['’]ll)\s+$/;

const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.join('|')}|[a-z]{2,}ed)\\b`, 'g');

/** "will be held", "will stay closed", "is to be signed": a participle after a future verb is no past. */
const FUTURE_PASSIVE = /\b(?:will|would|shall|may|might|must|to|['’]ll)\s+(?:not\s+)?(?:be|have(?:\s+been)?|stay|remain|get|become|keep)\s+$/;

/** Words ending in -ed that are not past verbs, and -ed words already counted as future. */
const NOT_PAST = new Set([
  'need', 'indeed', 'speed', 'proceed', 'exceed', 'succeed', 'hundred', 'red', 'bed', 'feed', 'seed', 'shed', 'breed',
  'creed', 'greed', 'deed', 'embed', 'expected', 'scheduled', 'planned', 'united', 'limited', 'based', 'alleged',
  'armed', 'advanced', 'detailed', 'required', 'related', 'supposed', 'concerned', 'so-called', 'sacred', 'wicked',
]);

interface Marker {
  readonly index: number;
  readonly end: number;
  readonly tense: Tense;
  readonly word: string;
}

/** The rules ask about one sentence many times in a row: its markers are found once. */
let lastSentence: string | undefined;
let lastMarkers: Marker[] = [];

function markers(sentence: string): Marker[] {
  if (sentence !== lastSentence) {
    lastMarkers = findMarkers(sentence);
    lastSentence = sentence;
  }
  return lastMarkers;
}

function findMarkers(sentence: string): Marker[] {
  const found: Marker[] = [];
  const add = (match: RegExpMatchArray, tense: Tense) =>
    found.push({ index: match.index!, end: match.index! + match[0].length, tense, word: match[0] });
  for (const match of sentence.matchAll(FUTURE)) add(match, 'future');
  for (const match of sentence.matchAll(PRESENT_FUTURE)) {
    if (!NOT_A_SUBJECT.test(sentence.slice(Math.max(0, match.index - 24), match.index))) add(match, 'future');
  }
  for (const match of sentence.matchAll(PAST)) {
    const preceding = sentence.slice(Math.max(0, match.index - 24), match.index);
    const notPast = NOT_PAST.has(match[0]) || FUTURE_PASSIVE.test(preceding) || MODAL_BEFORE.test(preceding);
    const counted = found.some((m) => m.index <= match.index && match.index < m.end);
    if (!notPast && !counted) add(match, 'past');
  }
  return found;
}

/** Where one clause ends and another begins: the tense of one says nothing of the other's. */
const CLAUSE_BREAK = /[;:]|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though|who|which|where|when)\b/g;

function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= start) from = match.index;
    else if (match.index >= end && to === sentence.length) to = match.index;
  }
  return { from, to };
}

function decide(all: readonly Marker[], start: number, end: number): Marker | undefined {
  const before = all.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  return before ?? all.filter((m) => m.index >= end).sort((a, b) => a.index - b.index)[0];
}

/** The tense of the clause around `sentence.slice(start, end)`. */
export function clauseTense(sentence: string, start: number, end: number): ClauseTense {
  const all = markers(sentence);
  const { from, to } = clauseAround(sentence, start, end);
  const marker = decide(all.filter((m) => m.index >= from && m.end <= to), start, end) ?? decide(all, start, end);
  if (!marker) return {};
  if (marker.tense === 'future') {
    const reporting = REPORTED.test(sentence.slice(marker.index));
    if (reporting) {
      // "would" reads ahead like "will"; "was due to" may already lie behind publication.
      const fallback = /^would/.test(marker.word) ? 'ahead' : 'nearest';
      return { tense: 'future', reported: { index: marker.index, fallback } };
    }
  }
  const perfect = marker.tense === 'past' && (marker.word === 'had' || /\bhad\s+(?:\w+\s+)?$/.test(sentence.slice(Math.max(0, marker.index - 20), marker.index)));
  return perfect ? { tense: 'past', perfect } : { tense: marker.tense };
}
