/**
 * The editor's existing actors and locations, by name and alias (case-sensitive, whole words, with
 * accents and apostrophes folded: "Mitsotákis" is "Mitsotakis"). A name both lists use ("Iran", the
 * state and the country) keeps both entries: the sentence decides later. A one-word alias inside a
 * longer name is not a mention: "Erdoğan" in "Emine Erdoğan" is not the president.
 */
import { mention, type Mention } from './mention';
import { matchPhraseFolded, partOfLongerName } from './patterns';
import type { KnownEntities, KnownEntity } from './types';

export function knownMentions(text: string, known: KnownEntities): Mention[] {
  const bySurface = new Map<string, { actor?: KnownEntity; location?: KnownEntity }>();
  const add = (entry: KnownEntity, field: 'actor' | 'location') => {
    for (const surface of [entry.name, ...entry.aliases].filter((n) => n.trim())) {
      const slot = bySurface.get(surface) ?? {};
      slot[field] ??= entry;
      bySurface.set(surface, slot);
    }
  };
  known.actors.forEach((entry) => add(entry, 'actor'));
  known.locations.forEach((entry) => add(entry, 'location'));
  return [...bySurface].flatMap(([surface, slot]) =>
    matchPhraseFolded(text, surface)
      .filter((match) => !(surface.split(/\s+/).length === 1 && partOfLongerName(text, match.index, surface.length)))
      .map((match) => mention(match.index, text.slice(match.index, match.index + surface.length), { type: 'known', ...slot })),
  );
}
