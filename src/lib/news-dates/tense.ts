/**
 * Whether a date expression sits in a past or a future clause. Wire stories report in the past
 * tense, so past is the default; a future marker ("will", "is due", "is expected to", "would")
 * nearer to the expression than any past verb turns it forward.
 */
export type Tense = 'past' | 'future';

const FUTURE =
  /\b(?:will|won['’]t|shall|is due|are due|due to|(?:is|are) expected to|expected|(?:is|are) scheduled|scheduled|(?:is|are) set to|plans? to|planned|(?:is|are) to|going to|would|upcoming|deadline|intends? to)\b|['’]ll\b/g;

const PAST = /\b(?:said|told|was|were|had|did|held|met|went|came|took|made|gave|spoke|began|left|saw|fell|rose|won|lost|sent|[a-z]{2,}ed)\b/g;

const FUTURE_PASSIVE = /\b(?:will|would|shall|to|['’]ll)\s+(?:be|have been)\s+$/;

/** Words ending in -ed that are not past verbs, and -ed words already counted as future. */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'proceed', 'exceed', 'succeed', 'hundred', 'red', 'bed', 'feed', 'seed', 'shed', 'breed', 'creed', 'greed', 'deed', 'embed', 'expected', 'scheduled', 'planned']);

interface Marker {
  readonly index: number;
  readonly end: number;
  readonly tense: Tense;
}

function markers(sentence: string): Marker[] {
  const found: Marker[] = [];
  for (const match of sentence.matchAll(FUTURE)) found.push({ index: match.index, end: match.index + match[0].length, tense: 'future' });
  for (const match of sentence.matchAll(PAST)) {
    // "will be held", "is to be signed": a participle inside a future phrase is not past.
    const passiveFuture = FUTURE_PASSIVE.test(sentence.slice(Math.max(0, match.index - 24), match.index));
    if (!NOT_PAST.has(match[0]) && !passiveFuture) found.push({ index: match.index, end: match.index + match[0].length, tense: 'past' });
  }
  return found;
}

/**
 * The tense of the clause around `sentence.slice(start, end)`: the nearest marker before the
 * expression decides; with none before (a sentence that opens "On Thursday, Trump said …"), the
 * nearest after; with none at all, past.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const all = markers(sentence);
  const before = all.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (before) return before.tense;
  const after = all.filter((m) => m.index >= end).sort((a, b) => a.index - b.index)[0];
  return after?.tense ?? 'past';
}
