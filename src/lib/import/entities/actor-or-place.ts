/** How a sentence uses a name: a capital can stand for its government or be the place itself. */
import { countryWithSeat } from './gazetteer';
import type { Mention } from './mention';

/** Whether the sentence uses a country or capital as an acting state or as a place. */
export type Use = 'actor' | 'place';

const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|to|near|into|inside|outside|across|via|off|toward|towards|throughout|around|visit|visited|visiting|border with|borders with|mainland|(?:group|talks|conference|envoy|meeting|summit|report|mission) on)\s+(?:the\s+)?(?:(?:neighboring|neighbouring|northern|southern|eastern|western|central|war-torn|mainland)\s+)?$/iu;
/** "Afghanistan's Herat province", "Kazakhstan’s largest city", "Iraq’s Kurdistan Region", "Mali’s Mopti and Ségou regions": the possessor is a place. */
const PLACE_AFTER_POSSESSIVE =
  /^['’]s\s+(?:(?:\p{Ll}+-)?(?:largest|biggest|second-largest|northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|central|capital|border|borders|coast|coastline|territory|territorial|north|south|east|west|mainland|province|district|region|city|town|port|provinces|regions|cities|towns|airspace|waters)\b|\p{Lu}[\p{L}\p{M}]*(?:\s+and\s+\p{Lu}[\p{L}\p{M}]*)?\s+(?:provinces?|districts?|regions?|Region|governorates?|exclave|canton)\b)/u;

/**
 * "Moscow’s support", "between Washington and Tehran": actor. "in Washington", "held in Muscat",
 * "Muscat, Oman,", "via Greece and Bulgaria", "the Vienna talks": place.
 */
export function useOf(text: string, m: Mention, previous: { end: number; use: Use } | undefined): Use {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end);
  if (PLACE_AFTER_POSSESSIVE.test(after)) return 'place';
  if (/^['’]s(?![\p{L}])/u.test(after)) return 'actor';
  if (PLACE_BEFORE.test(before)) return 'place';
  const between = previous ? text.slice(previous.end, m.start) : '';
  if (previous?.use === 'place' && /^(?:,\s*|\s+and\s+)$/.test(between) && /^\s*(?:[,.;:)]|$|and\s+\p{Lu})/u.test(after)) return 'place';
  if (countryWithSeat(m.alias) && /(?:^|\s)the\s+$/i.test(before)) return 'place';
  return 'actor';
}
