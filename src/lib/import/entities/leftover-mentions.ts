/** The weakest source of mentions: all-capital acronyms and capitalised words after "in", "off"…. */
import { isPersonLike } from './context-mentions';
import { countryOfPrefix, isAdjectiveOnly } from './gazetteer';
import { divisionsNamed } from './gazetteer-data';
import { isEnglishWord, isGivenName } from './lexicon';
import { mention, type Mention } from './mention';
import { END, L, matchAll, SP, START } from './patterns';
import { NOT_NAMES, NOT_ORGANIZATIONS, SHIP_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary';

export function leftoverMentions(text: string): Mention[] {
  return [...acronyms(text), ...placesAfterPrepositions(text), ...unlexiconedNames(text)];
}

/**
 * "equalized through Cenk Özdemiroğlu": two or three capitalised words inside a sentence, none of
 * them English, a country or a known place, are a person's name that nothing else claimed.
 */
function unlexiconedNames(text: string): Mention[] {
  const word = String.raw`\p{Lu}\p{Ll}${L}*`;
  return matchAll(text, String.raw`(?<=\p{Ll}${SP})(?<name>${word}(?:${SP}${word}){1,2})${END}(?!${SP}\p{Lu}|['’-])`).flatMap((m) => {
    const name = m.groups?.['name'] ?? '';
    const words = name.split(/\s+/);
    if (!isPersonLike(name, { lexiconCheck: false })) return [];
    if (words.some((w) => (isEnglishWord(w) && !isGivenName(w)) || divisionsNamed(w).length || TITLE_MODIFIERS.has(w))) return []; // "for Political Affairs"
    return [mention(m.index, name, { type: 'actor', name, kind: 'person' })];
  });
}

/** "BOTAS", "SOCAR": all-capital words, unless a country ("USA"), a ship prefix or a unit ("LNG"). */
function acronyms(text: string): Mention[] {
  return matchAll(text, String.raw`${START}\p{Lu}{3,6}${END}`)
    .filter((m) => !SHIP_PREFIXES.has(m[0]) && !NOT_ORGANIZATIONS.has(m[0]) && !countryOfPrefix(m[0]))
    .map((m) => mention(m.index, m[0], { type: 'actor', name: m[0], kind: 'organization' }));
}

/** "off Antalya", "in Thrace": up to three capitalised words after a place preposition. */
function placesAfterPrepositions(text: string): Mention[] {
  const pattern = String.raw`${START}(?:[Ii]n|at|near|off|from)${SP}(?:the${SP})?(?<name>\p{Lu}\p{Ll}${L}*(?:${SP}\p{Lu}\p{Ll}${L}*){0,2})${END}(?!['’]s)`;
  const isPlaceWord = (w: string) => !NOT_NAMES.has(w) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !isAdjectiveOnly(w);
  return matchAll(text, pattern).flatMap((m) => {
    const name = m.groups?.['name'] ?? '';
    if (!name.split(/\s+/).every(isPlaceWord)) return [];
    return [mention(m.index + m[0].length - name.length, name, { type: 'place', name })];
  });
}
