/** Regular-expression building blocks for names in wire copy, as source strings for `matchAll`. */
import { countries, STAND_INS } from './gazetteer';
import { MULTIWORD_TITLES, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary';

export const L = String.raw`[\p{L}\p{M}]`;
export const START = String.raw`(?<![\p{L}\p{N}])`;
/** Spaces within one paragraph: a name never runs on into the next. */
export const SP = String.raw`[^\S\n]+`;
export const END = String.raw`(?![\p{L}\p{N}])`;
/** `Lavrov`, `JD`, `R.`, `al-Sudani`, `O'Neill`, `Ter-Petrosyan`, `Rostov-on-Don` (a possessive `'s` is cut off later). */
export const NAME_WORD = String.raw`(?:\p{Lu}\.|(?:al-|el-)?\p{Lu}${L}*(?:-(?:on|upon|sur|en|de|la|le|am|an|ul|al|el)-\p{Lu}${L}*|['’-]\p{Lu}${L}*)?)`;
export const NAME = String.raw`${NAME_WORD}(?:${SP}(?:(?:${alternation(NAME_PARTICLES)})${SP})*${NAME_WORD}){0,3}`;
/** A capitalised word of an organisation's name: `Non-Proliferation`, `6th`, `al-Rasheed`, `Jama'at`, `wal-Muslimin`. */
export const ORG_WORD = String.raw`(?:(?:al-|el-|wal-)?\p{Lu}${L}*(?:['’](?!s${END})\p{Ll}{2,})?(?:-\p{L}${L}*)*|\d+(?:st|nd|rd|th))`;
export const TITLE = String.raw`(?:${MULTIWORD_TITLES.join('|')}|spokesman|spokeswoman|spokesperson|chief${SP}economist|(?:(?:${alternation(TITLE_MODIFIERS)})${SP}(?:and${SP}(?=(?:${alternation(TITLE_MODIFIERS)})${SP}))?){0,3}(?:${alternation(TITLE_HEADS)}))`;
let prefix: string | undefined;
/** What may stand before a title: a country or its adjective, a stand-in, an organisation, an acronym. */
export function prefixPattern(): string {
  prefix ??= String.raw`${alternation(new Set(countries().flatMap((c) => [c.name, ...c.aliases, ...c.adjectives])))}|${STAND_INS.map((s) => escapeRegExp(s.surface)).join('|')}|(?:${ORG_WORD}${SP}){0,3}(?:${alternation(ORG_HEADS)})|\p{Lu}{2,6}|AK${SP}Party`;
  return prefix;
}

export function alternation(list: Iterable<string>): string {
  return [...list].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchAll(text: string, pattern: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern, 'gu'))];
}

/** Every occurrence of `phrase`, to the letter, as whole words. */
export function matchPhrase(text: string, phrase: string): RegExpExecArray[] {
  return matchAll(text, `${START}${escapeRegExp(phrase)}${END}`);
}

/**
 * `text` with accents, dotless i and curly apostrophes folded, character for character, so that
 * offsets stay those of `text`: `Mitsotákis` → `Mitsotakis`, `Republican People’s` → `Republican People's`.
 */
export function foldChars(text: string): string {
  // The story's text is folded once for every name looked for in it: the last fold is kept.
  if (text === folded.text) return folded.out;
  let out = '';
  if (!/[\u0080-\uFFFF`]/.test(text)) out = text;
  else {
    for (const ch of text) {
      if (ch < '\u0080' && ch !== '`') {
        out += ch;
        continue;
      }
      let f = ch === 'ı' ? 'i' : ch === 'İ' ? 'I' : /[’‘ʼ`]/.test(ch) ? "'" : ch.normalize('NFKD').replace(/\p{M}/gu, '');
      if (f.length !== ch.length) f = ch;
      out += f;
    }
  }
  folded = { text, out };
  return out;
}

let folded = { text: '', out: '' };

/** Every occurrence of `phrase` as whole words, accents and apostrophes folded (case kept). */
export function matchPhraseFolded(text: string, phrase: string): RegExpExecArray[] {
  return matchAll(foldChars(text), `${START}${escapeRegExp(foldChars(phrase))}${END}`);
}

/** Accent- and case-folded, for comparing names: `Prime Minister Mitsotákis` ~ `mitsotakis`. */
export function foldName(name: string): string {
  return foldChars(name).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

const NAME_LEAD_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'And', 'But', 'Or', 'If', 'As', 'Mr', 'Mrs', 'Ms', 'Dr']);

/**
 * Whether the word at `start` (of `length`) is the end of a longer capitalised name: "Erdoğan" in
 * "Emine Erdoğan", "Hoxha" in "Elira Hoxha". A title before it ("President Erdoğan") is no name.
 */
export function partOfLongerName(text: string, start: number, length: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{M}'’.-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return Boolean(before && !NAME_LEAD_WORDS.has(before) && !NOT_NAMES.has(before) && !TITLE_HEADS.has(before) && !TITLE_MODIFIERS.has(before) && !/['’]s$/.test(before));
}

export function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}
