/** Mentions of the gazetteer's countries, the capitals that stand for their governments, and regions. */
import { COUNTRIES, REGIONS } from './gazetteer';
import { mention, type Mention } from './mention';
import { alternation, END, matchAll, SP, START } from './patterns';

export function gazetteerMentions(text: string): Mention[] {
  const countries = COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...(c.seat ? [c.seat] : [])]);
  // Not when followed by another capitalised word: "Washington Post", "Moscow State University".
  const pattern = (list: Iterable<string>) => String.raw`${START}(?:${alternation(list)})${END}(?!${SP}\p{Lu})`;
  return [
    ...matchAll(text, pattern(countries)).map((m) => mention(m.index, m[0], { type: 'place', name: m[0] })),
    ...matchAll(text, pattern(REGIONS)).map((m) => mention(m.index, m[0], { type: 'place', name: m[0], kind: 'region' })),
  ];
}
