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

import type { Token } from './names';

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

const FINITE = new Set(FINITE_VERBS.split('|'));
const PARTICIPLE = new Set(PARTICIPLES.split('|'));
/** "was called", "is described as": the passive is not a saying. */
const PASSIVE = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are']);

/**
 * The cues of a paragraph from its words (`tokensOf` the narration, quotations blanked out): a
 * set lookup a word rather than a regular expression tried at every offset.
 */
export function cuesOf(masked: string, tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const previous = i > 0 ? tokens[i - 1] : undefined;
    if (FINITE.has(t.word)) {
      if (t.start > 0 && masked[t.start - 1] === '-') continue; // "so-called"
      if (previous && PASSIVE.has(previous.word) && !masked.slice(previous.end, t.start).trim()) continue;
      cues.push({ kind: 'finite', start: t.start, end: t.end });
    } else if (PARTICIPLE.has(t.word)) {
      cues.push({ kind: 'participle', start: t.start, end: t.end });
    } else if (t.word === 'according' && tokens[i + 1]?.word === 'to' && !masked.slice(t.end, tokens[i + 1]!.start).trim()) {
      cues.push({ kind: 'according', start: t.start, end: tokens[i + 1]!.end });
      i++;
    }
  }
  return cues;
}
