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
  /** ISO 3166-1 alpha-2 of a new place, from the gazetteer. */
  country?: string;
  /** `[latitude, longitude]` of a new place, from the gazetteer. */
  coordinates?: [number, number];
  aliases: string[];
  existing: boolean;
  firstMention: string;
}

/** What the story says beside its body: the dateline, whose country ranks namesakes ("Athens", "Van"). */
export interface DetectOptions {
  dateline?: DetectedLocation | undefined;
}

export interface DetectedEntities {
  actors: DetectedActor[];
  locations: DetectedLocation[];
}
