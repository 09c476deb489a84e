/** Regular-expression building blocks for names in wire copy, as source strings for `matchAll`. */
import { COUNTRIES, STAND_INS } from './gazetteer';
import { MULTIWORD_TITLES, NAME_PARTICLES, ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary';

export const L = String.raw`[\p{L}\p{M}]`;
export const START = String.raw`(?<![\p{L}\p{N}])`;
/** Spaces within one paragraph: a name never runs on into the next. */
export const SP = String.raw`[^\S\n]+`;
export const END = String.raw`(?![\p{L}\p{N}])`;
/** `Lavrov`, `JD`, `R.`, `al-Sudani`, `O'Neill` (a possessive `'s` is cut off later). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|(?:al-|el-)?\p{Lu}${L}*(?:['’-]\p{Lu}${L}*)?)`;
export const NAME = String.raw`${NAME_WORD}(?:${SP}(?:(?:${alternation(NAME_PARTICLES)})${SP})*${NAME_WORD}){0,3}`;
/** A capitalised word of an organisation's name: `Non-Proliferation`, `6th`. */
export const ORG_WORD = String.raw`(?:\p{Lu}${L}*(?:-\p{L}${L}*)*|\d+(?:st|nd|rd|th))`;
export const TITLE = String.raw`(?:${MULTIWORD_TITLES.join('|')}|spokesman|spokeswoman|spokesperson|(?:(?:${alternation(TITLE_MODIFIERS)})${SP}){0,3}(?:${alternation(TITLE_HEADS)}))`;
/** What may stand before a title: a country or its adjective, a stand-in, an organisation, an acronym. */
export const PREFIX = String.raw`${alternation(new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives])))}|${STAND_INS.map((s) => escapeRegExp(s.surface)).join('|')}|(?:${ORG_WORD}${SP}){0,3}(?:${alternation(ORG_HEADS)})|\p{Lu}{2,6}`;

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

export function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}
