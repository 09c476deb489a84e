/** Aliases: surnames, bare ship names and bracketed acronyms point at the entity named in full. */
import { mention, type ActorCandidate, type Mention, type PlaceCandidate } from './mention';
import { foldChars, matchPhraseFolded, partOfLongerName } from './patterns';
import { SHIP_PREFIXES } from './vocabulary';

/** Each unambiguous alias of the story, and the candidate it stands for. */
export type AliasIndex = Map<string, ActorCandidate | PlaceCandidate>;

export function aliasIndex(mentions: Mention[]): AliasIndex {
  const index = new Map<string, ActorCandidate | PlaceCandidate | null>();
  const add = (alias: string | undefined, target: ActorCandidate | PlaceCandidate) => {
    if (!alias || alias === target.name) return;
    const key = foldChars(alias);
    const seen = index.get(key);
    index.set(key, seen === undefined || sameCandidate(seen, target) ? target : null); // null: ambiguous
  };
  for (const { candidate: c } of mentions) {
    if (c.type !== 'actor' && c.type !== 'place') continue;
    if (c.type === 'actor' && c.kind === 'person') add(surname(c.name), c);
    if (c.type === 'actor' && c.kind === 'military') add(bareShipName(c.name), c);
    add(c.acronym, c);
    // "(HDZ BiH)": its first word alone is the party too.
    const lead = c.acronym?.split(' ');
    if (lead && lead.length > 1 && /^\p{Lu}{2,}$/u.test(lead[0]!)) add(lead[0], c);
  }
  return new Map([...index].filter((entry): entry is [string, ActorCandidate | PlaceCandidate] => entry[1] !== null));
}

/** "USS Abraham Lincoln" → "Abraham Lincoln". */
function bareShipName(name: string): string | undefined {
  const [prefix, ...rest] = name.split(' ');
  return prefix && SHIP_PREFIXES.has(prefix) && rest.length ? rest.join(' ') : undefined;
}

function sameCandidate(a: ActorCandidate | PlaceCandidate | null, b: ActorCandidate | PlaceCandidate): boolean {
  return a !== null && a.type === b.type && a.name === b.name;
}

function surname(name: string): string | undefined {
  const parts = name.split(/\s+/);
  const last = parts.at(-1);
  return parts.length > 1 && last && !/^\p{Lu}\.$/u.test(last) ? last : undefined;
}

/** Every later use of an alias (accents folded), as a mention of the entity it stands for; not inside a longer name. */
export function aliasMentions(text: string, index: AliasIndex): Mention[] {
  return [...index].flatMap(([alias, candidate]) =>
    matchPhraseFolded(text, alias)
      .filter((match) => !(candidate.type === 'actor' && candidate.kind === 'person' && partOfLongerName(text, match.index, alias.length)))
      .map((match) => mention(match.index, text.slice(match.index, match.index + alias.length), candidate)),
  );
}

/** The entity an alias stands for, accents folded. */
export function aliasTarget(index: AliasIndex, name: string): ActorCandidate | PlaceCandidate | undefined {
  return index.get(foldChars(name));
}
