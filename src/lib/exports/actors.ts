/** `/data/actors.json`: every actor with the stories and events that name them. */
import type { ActorKind } from '../../schemas/actor';
import type { ExportActor, ExportSite } from './site';
import { jsonLines } from './json-file';
import { keptText } from './kept-text';
import type { ExportUrls } from './urls';

export const ACTORS_SCHEMA_ID = 'dateline.actors/1';

export interface ActorItem {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: string | null;
  /** A place id (content/locations). */
  readonly country_id: string | null;
  readonly aliases: string[];
  /** A Wikidata item id such as `Q178380`: the join key to other data sets. */
  readonly wikidata: string | null;
  readonly url: string;
  /** Newest first. */
  readonly story_ids: string[];
  /** Ids in events.json, in timeline order. */
  readonly event_ids: string[];
}

/**
 * Sorted by id, not by name as the actors page is: the name order depends on the collator's
 * locale data (compare-names.ts), and a data file should not change when Node's ICU does.
 * Actors no story names yet are included: the file is the site's register of actors.
 */
export function actorsJson(site: ExportSite, urls: ExportUrls): string {
  const lines = [...site.actors.values()]
    .sort((a, b) => (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0))
    .map((profile) => actorLine(urls, profile, () => JSON.stringify(actorItem(profile, urls))));
  return jsonLines(ACTORS_SCHEMA_ID, lines);
}

function actorItem({ actor, articles, events }: ExportActor, urls: ExportUrls): ActorItem {
  return {
    id: actor.id,
    name: actor.data.name,
    kind: actor.data.kind,
    role: actor.data.role ?? null,
    country_id: actor.data.country ?? null,
    aliases: [...actor.data.aliases],
    wikidata: actor.data.wikidata ?? null,
    url: urls.actor(actor.id),
    story_ids: articles.map((a) => a.id),
    event_ids: events.map((e) => e.key),
  };
}

/** An actor's export is kept between updates only while their actor entry, stories and events are. */
const actorLine = keptText<ExportActor>();
