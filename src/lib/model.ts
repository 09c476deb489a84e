/**
 * The shapes the analysis works on. Inputs are plain `{ id, filePath, data }` records, as the
 * content store provides them, so every function under src/lib runs in unit tests without Astro.
 */
import type { ActorData } from '../schemas/actor';
import type { ArticleData } from '../schemas/article';
import type { LocationData } from '../schemas/location';
import type { DateSpan } from './date-span';
import type { PublishedDate } from './published-date';
import type { Quotation } from './quotes';

export interface Entry<T> {
  readonly id: string;
  /** Path of the source file relative to the project, for error messages. */
  readonly filePath?: string | undefined;
  readonly data: T;
  /** The Markdown body rendered to HTML, where the entry came from the content store. */
  readonly html?: string | undefined;
}

export type ArticleEntry = Entry<ArticleData> & {
  /** The quotations of its body, each with its speaker where one can be told (src/lib/quotes/). */
  readonly quotes?: readonly Quotation[] | undefined;
};
export type ActorEntry = Entry<ActorData>;
export type LocationEntry = Entry<LocationData>;

export interface ContentInput<A extends ArticleEntry = ArticleEntry> {
  readonly articles: readonly A[];
  readonly actors: readonly ActorEntry[];
  readonly locations: readonly LocationEntry[];
}

/** What a list of stories shows about each one. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly summary?: string | undefined;
  readonly published: PublishedDate;
  readonly source: string;
  readonly dateline: LocationEntry;
}

/** Words an actor said in a story. */
export interface SaidQuote {
  readonly text: string;
  /** A fragment quoted inside a sentence rather than a whole statement. */
  readonly partial: boolean;
  readonly speaker: string;
  readonly story: ArticleSummary;
}

/** One event on a timeline, with its references resolved. */
export interface TimelineEntry {
  /** Stable, URL-safe key, used as the entry's anchor. */
  readonly key: string;
  readonly date: DateSpan;
  readonly title: string;
  readonly status: 'occurred' | 'expected';
  readonly actors: readonly ActorEntry[];
  readonly locations: readonly LocationEntry[];
  /** The stories that report it (several when stories share an event). */
  readonly articles: readonly ArticleSummary[];
}
