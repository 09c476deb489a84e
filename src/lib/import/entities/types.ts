/** What entity detection reads (the editor's content entries) and what it finds. */
import type { ActorKind } from '../../../schemas/actor';
import type { LocationKind } from '../../../schemas/location';

/** An existing content entry (`content/actors` or `content/locations`), as the detector needs it. */
export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
}

export interface KnownEntities {
  actors: KnownEntity[];
  locations: KnownEntity[];
}

export interface DetectedActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** From the title in the text, e.g. `Foreign Minister of Russia`. */
  role?: string;
  /** Existing aliases plus the other names this story uses, e.g. `Lavrov`. */
  aliases: string[];
  /** True when `id` is an existing content entry. */
  existing: boolean;
  /** The text of the first mention, e.g. `Russian Foreign Minister Sergey Lavrov`. */
  firstMention: string;
}

export interface DetectedLocation {
  id: string;
  name: string;
  kind: LocationKind;
  aliases: string[];
  existing: boolean;
  firstMention: string;
}

export interface DetectedEntities {
  actors: DetectedActor[];
  locations: DetectedLocation[];
}
