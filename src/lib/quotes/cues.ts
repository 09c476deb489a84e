/**
 * The words of a sentence's narration that attribute speech: a finite verb of saying ("said",
 * "told", "warned", "called on", "described … as"), a participle that carries the main clause's
 * subject on ("…, warning that", "…, describing the tensions as") and "according to".
 *
 * Kept apart from SPEECH_VERB in src/lib/import/events/grammar.ts on purpose: that list is for
 * dating a saying and includes "published", "released", "issued", "reported" (a document's
 * verbs) but none of the verbs a fragment is quoted after ("accused … of", "urged", "described
 * … as", "called on … to"), and importing it loads compromise.
 */

export type CueKind = 'finite' | 'participle' | 'according';

export interface Cue {
  readonly kind: CueKind;
  /** Offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
}

const FINITE_VERBS =
  'said|says|say|added|adds|told|tells|warned|warns|stated|states|wrote|writes|posted|tweeted|declared|announced|noted|notes|stressed|stresses|insisted|insists|claimed|claims|urged|urges|called|calls|described|describes|accused|accuses|criticized|criticised|argued|argues|explained|acknowledged|admitted|vowed|pledged|promised|replied|responded|cautioned|complained|conceded|suggested|reiterated|emphasized|emphasised|concluded|condemned|dismissed|labelled|labeled|branded|hailed|predicted|recalled|continued';
const PARTICIPLES = 'saying|adding|warning|describing|calling|noting|stressing|urging|accusing|insisting|arguing|telling|vowing|pledging|promising|branding|labelling|labeling|dismissing';

const L = String.raw`[\p{L}\p{N}]`;
const CUE = new RegExp(String.raw`(?<!${L}|-)(?:(${FINITE_VERBS})|(${PARTICIPLES})|(according\s+to))(?!${L})`, 'giu');
/** "was called", "is described as": the passive is not a saying. */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|be|been|being|is|are|so)\s+$/i;

/** The cues of `masked` (narration with the quotations blanked out) between `from` and `to`. */
export function cuesOf(masked: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const text = masked.slice(from, to);
  for (const m of text.matchAll(CUE)) {
    const start = from + m.index;
    if (m[1] && PASSIVE_BEFORE.test(masked.slice(Math.max(from, start - 12), start))) continue;
    cues.push({ kind: m[1] ? 'finite' : m[2] ? 'participle' : 'according', start, end: start + m[0].length });
  }
  return cues;
}
