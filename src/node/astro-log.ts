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

/** A page line of `astro build`: `12:00:01   ├─ /articles/some-story/index.html (+14ms)`. */
const WRITTEN_PAGE = /[├└]─ (\S+)/;
const STORY_PAGE = /(?:^|\/)articles\/[^/]+\/index\.html$/;

/**
 * Follows `astro build`'s log and tells when every story page has been written. Astro logs a
 * page's path as it starts it and ends that line only once the file is written (with its render
 * time, or `(cached)`), so a complete line is a written page.
 */
export class StoryPageProgress {
  readonly stories: number;
  written = 0;
  #partial = '';

  constructor(stories: number) {
    this.stories = stories;
  }

  /** Reads a chunk of Astro's output; true once all `stories` pages are on disk. */
  read(chunk: string): boolean {
    const lines = (this.#partial + chunk).split('\n');
    this.#partial = lines.pop()!;
    for (const line of lines) {
      // Colours too, when FORCE_COLOR asks for them in a pipe.
      const path = WRITTEN_PAGE.exec(stripVTControlCharacters(line))?.[1];
      if (path && STORY_PAGE.test(path)) this.written++;
    }
    return this.done;
  }

  get done(): boolean {
    return this.written >= this.stories;
  }
}
