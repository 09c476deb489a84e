/**
 * What `npm run build` reads in `astro build`'s log. Astro logs some content problems (a missing
 * `reference()` target, a render error in one entry) and still exits 0, so the build treats any
 * warning or error line as a failure, as Hugo's panicOnWarning does; and the page lines tell when
 * the search index can start.
 */
import { stripVTControlCharacters } from 'node:util';

const COMPLAINT = /\[(?:WARN|ERROR)\]/g;

/** How many warnings and errors a chunk of Astro's log output reports. */
export function countAstroComplaints(output: string): number {
  return output.match(COMPLAINT)?.length ?? 0;
}

/**
 * What `astro build` logs of each page: its path when it starts it (`├─ /articles/a/index.html`),
 * then its render time once the file is written (` (+14ms)`, or `(cached)` from an incremental
 * build). Rendering eight pages at a time (astro.config.ts), Astro interleaves the two: starts
 * run together on one line, and an end may belong to any page in flight.
 */
const PAGE_EVENT = /[├└]─ (\S+)|\((?:\+\d+(?:\.\d+)?m?s|cached|restored)\)/g;
/** A story page's path, at the start of what follows `├─ ` (the next start may be glued on). */
const STORY_PAGE = /^(?:\/[^\s/]+)*?\/articles\/[^\s/]+\/index\.html/;

/**
 * Follows `astro build`'s log and tells when the story pages are probably all written: every one
 * has started, and as many pages have ended as had started by the last of them. Pages end out of
 * order, so this is only a good moment to look; search-index.ts checks each file is whole.
 */
export class StoryPageProgress {
  readonly stories: number;
  storiesStarted = 0;
  #started = 0;
  #ended = 0;
  /** How many pages had started when the last story page did. */
  #startedByLastStory = Infinity;
  #partial = '';

  constructor(stories: number) {
    this.stories = stories;
  }

  /** Reads a chunk of Astro's output; true once the story pages are probably all on disk. */
  read(chunk: string): boolean {
    const lines = (this.#partial + chunk).split('\n');
    this.#partial = lines.pop()!;
    // Colours too, when FORCE_COLOR asks for them in a pipe.
    for (const [, path] of stripVTControlCharacters(lines.join('\n')).matchAll(PAGE_EVENT)) {
      if (path === undefined) {
        this.#ended++;
        continue;
      }
      this.#started++;
      if (STORY_PAGE.test(path) && ++this.storiesStarted === this.stories) this.#startedByLastStory = this.#started;
    }
    return this.done;
  }

  get done(): boolean {
    return this.storiesStarted >= this.stories && this.#ended >= this.#startedByLastStory;
  }
}
