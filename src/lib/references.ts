/**
 * Reference checks: every id an article, event or actor names must exist. Astro's `reference()`
 * only logs a missing target, so Dateline checks them itself and fails the build with all of them.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { ContentInput, Entry } from './model';

export interface ContentProblem {
  /** The source file, relative to the project. */
  readonly file: string;
  /** Path of the field inside the frontmatter, e.g. `events[2].actors[0]`. */
  readonly field: string;
  readonly message: string;
  /** What the editor should do. */
  readonly fix: string;
}

type Target = 'actors' | 'locations';

/** All missing references in the content, in file order; empty when everything resolves. */
export function findReferenceProblems(input: ContentInput, contentDir = 'content'): ContentProblem[] {
  const known: Record<Target, Set<string>> = {
    actors: new Set(input.actors.map((entry) => entry.id)),
    locations: new Set(input.locations.map((entry) => entry.id)),
  };
  const problems: ContentProblem[] = [];
  const check = (entry: Entry<unknown>, collection: string, field: string, id: string, target: Target) => {
    if (known[target].has(id)) return;
    const file = entry.filePath ?? `${contentDir}/${collection}/${entry.id}.md`;
    const guess = known[target].size > 0 ? closest(id, [...known[target]]) : undefined;
    const singular = target === 'actors' ? 'actor' : 'location';
    problems.push({
      file,
      field,
      message: `unknown ${singular} "${id}"`,
      fix:
        (guess && similar(id, guess) ? `did you mean "${guess}"? Otherwise ` : '') +
        `create ${contentDir}/${target}/${id}.md or remove "${id}" from ${field.replace(/\[\d+\]$/, '')}`,
    });
  };

  for (const article of input.articles) {
    const { data } = article;
    check(article, 'articles', 'dateline', data.dateline, 'locations');
    data.actors.forEach((id, i) => check(article, 'articles', `actors[${i}]`, id, 'actors'));
    data.locations.forEach((id, i) => check(article, 'articles', `locations[${i}]`, id, 'locations'));
    data.events.forEach((event, e) => {
      event.actors.forEach((id, i) => check(article, 'articles', `events[${e}].actors[${i}]`, id, 'actors'));
      event.locations.forEach((id, i) => check(article, 'articles', `events[${e}].locations[${i}]`, id, 'locations'));
    });
  }
  for (const actor of input.actors) {
    if (actor.data.country) check(actor, 'actors', 'country', actor.data.country, 'locations');
  }
  return problems;
}

/** A suggestion is worth making when it is a plausible typo, not just the least-bad id. */
function similar(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 3)) || a.includes(b) || b.includes(a);
}

/** One line per problem: `file: field: message. Fix: …` — what the build and `npm run check` print. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}. Fix: ${p.fix}.`).join('\n');
}

/** Thrown when content refers to entries that do not exist; lists every problem at once. */
export class ContentReferenceError extends Error {
  override name = 'ContentReferenceError';
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `${problems.length} broken reference${problems.length === 1 ? '' : 's'} in content:\n${formatProblems(problems)}`,
    );
  }
}
