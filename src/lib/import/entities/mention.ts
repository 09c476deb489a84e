/** Mentions: stretches of text and what they might name, and the choice among overlapping ones. */
import type { ActorKind } from '../../../schemas/actor';
import type { LocationKind } from '../../../schemas/location';
import type { KnownEntity } from './types';

export type Candidate =
  | { type: 'actor'; name: string; kind: ActorKind; role?: string; id?: string; acronym?: string }
  | { type: 'place'; name: string; kind?: LocationKind; acronym?: string; /** The kind is the text's own word ("Hatay province"). */ sure?: boolean }
  | { type: 'known'; actor?: KnownEntity; location?: KnownEntity }
  | { type: 'skip' };

export type ActorCandidate = Extract<Candidate, { type: 'actor' }>;
export type PlaceCandidate = Extract<Candidate, { type: 'place' }>;

export interface Mention {
  start: number;
  end: number;
  /** The name as this mention writes it, e.g. `Lavrov`; recorded as an alias when it differs. */
  alias: string;
  candidate: Candidate;
}

export function mention(start: number, alias: string, candidate: Candidate): Mention {
  return { start, end: start + alias.length, alias, candidate };
}

/** Tier by tier, longest first, keeps the mentions that overlap none already kept; in text order. */
export function selectMentions(tiers: Mention[][]): Mention[] {
  const kept: Mention[] = [];
  for (const tier of tiers) {
    const ordered = [...tier].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const m of ordered) {
      if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
