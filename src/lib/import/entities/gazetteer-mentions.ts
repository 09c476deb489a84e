/**
 * Mentions from the gazetteers: countries (every country of the gazetteer package, with the curated
 * wire spellings), the capitals that stand for their governments, regions and seas; and, after a
 * place preposition ("in Esenyurt", "to Tabriz", "visit Kahramanmaraş"), any province, district,
 * city or town the package knows.
 */
import { countries, REGIONS, SEAS } from './gazetteer';
import { citiesNamed, divisionsNamed } from './gazetteer-data';
import { mention, type Mention } from './mention';
import { alternation, END, L, matchAll, SP, START } from './patterns';
import { NOT_NAMES, ORG_HEADS, PLATFORMS, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary';

/** Not inside a longer name: "Washington Post" (and, before it, "Borsa Istanbul", "Red Star Belgrade"). */
const ALONE_AFTER = String.raw`(?!${SP}\p{Lu}|-\p{L})`;
/** "the US dollar", "the US destroyer": a country's name used as an adjective names no actor. */
const AS_ADJECTIVE = new RegExp(
  String.raw`^${SP}(?:dollars?|euros?|pounds?|lira|rubles?|roubles?|yuan|destroyers?|warships?|frigates?|carriers?|submarines?|military|forces|troops|soldiers|officials?|envoys?|navy|army|embassy|economy|markets?|bonds?|treasur(?:y|ies)|sanctions|drones?|jets?|aircraft|companies|company|firms?|media|side|delegation|citizens?|nationals?|-led|-backed)\b`,
  'u',
);

/** Whether the name ending at `end` qualifies the noun after it: "the US dollar". */
export function usedAsAdjective(text: string, end: number): boolean {
  return AS_ADJECTIVE.test(text.slice(end, end + 24));
}

export function gazetteerMentions(text: string): Mention[] {
  const names = countries().flatMap((c) => [c.name, ...c.aliases, ...(c.seat ? [c.seat] : [])]);
  const pattern = (list: Iterable<string>) => String.raw`${START}(?:${alternation(list)})${END}${ALONE_AFTER}`;
  const alone = (m: RegExpExecArray) => {
    const before = /(\p{Lu}[\p{L}\p{M}]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    return !before || NOT_NAMES.has(before) || TITLE_HEADS.has(before) || TITLE_MODIFIERS.has(before);
  };
  const notAdjective = (m: RegExpExecArray) => !usedAsAdjective(text, m.index + m[0].length);
  return [
    ...matchAll(text, pattern(names)).filter(alone).filter(notAdjective).map((m) => mention(m.index, m[0], { type: 'place', name: m[0] })),
    ...matchAll(text, pattern(REGIONS)).filter(alone).map((m) => mention(m.index, m[0], { type: 'place', name: m[0], kind: 'region' })),
    ...matchAll(text, pattern(SEAS)).filter(alone).map((m) => mention(m.index, m[0], { type: 'place', name: SEA_NAMES[m[0]] ?? m[0], kind: 'sea' })),
    ...placesAfterPrepositions(text),
  ];
}

const SEA_NAMES: Record<string, string> = { Caspian: 'Caspian Sea', Aegean: 'Aegean Sea', Adriatic: 'Adriatic Sea' };

/** "in Esenyurt", "from Tashkent", "to the Iranian city…" (not here), "visit Kahramanmaraş": gazetteer names only. */
function placesAfterPrepositions(text: string): Mention[] {
  const word = String.raw`\p{Lu}${L}*(?:-\p{Lu}${L}*)?`;
  const pattern = String.raw`${START}(?:[Ii]n|at|near|off|from|to|toward|towards|across|outside|via|into|visit|visited|visiting|around)${SP}(?<name>${word}(?:${SP}${word}){0,2})${END}(?!['’]s)`;
  return matchAll(text, pattern).flatMap((m) => {
    const name = m.groups?.['name'] ?? '';
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_NAMES.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || ORG_HEADS.has(w) || PLATFORMS.has(w))) return [];
    // The longest leading run of words that the gazetteer knows: "in Defne district" → Defne.
    for (let n = words.length; n > 0; n--) {
      const candidate = words.slice(0, n).join(' ');
      if (n === 1 && words.length > 1) continue; // "from Red Star Belgrade": not the town of Red
      if (divisionsNamed(candidate).length || citiesNamed(candidate).length) {
        const start = m.index + m[0].length - name.length;
        return [mention(start, candidate, { type: 'place', name: candidate }), ...listedAfter(text, start + candidate.length)];
      }
    }
    return [];
  });
}

/** "around Doboj and Zvornik", "in Swat, Shangla and Bajaur": the places listed after the first, if the gazetteer has them. */
function listedAfter(text: string, end: number): Mention[] {
  const found: Mention[] = [];
  const next = new RegExp(String.raw`^(?:,${SP}|${SP}and${SP}|,${SP}and${SP})(?<name>\p{Lu}${L}*(?:-\p{Lu}${L}*)?)${END}(?!['’]s|${SP}\p{Lu})`, 'u');
  for (let at = end, m = next.exec(text.slice(at)); m; m = next.exec(text.slice(at))) {
    const name = m.groups?.['name'] ?? '';
    if (NOT_NAMES.has(name) || ORG_HEADS.has(name) || !(divisionsNamed(name).length || citiesNamed(name).length)) break;
    found.push(mention(at + m[0].length - name.length, name, { type: 'place', name }));
    at += m[0].length;
  }
  return found;
}
