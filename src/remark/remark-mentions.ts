/**
 * Remark plugin: links a story's mentions of its own actors and places to their pages, so a reader
 * can follow "Lavrov" to the Sergey Lavrov page without the editor writing any links. It links only
 * what the story's frontmatter names, because a bare name match across all of content/ would link
 * every "Washington" to whichever entry happens to list it.
 */
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { Link, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { createMentionMatcher, type MentionKind, type MentionMatcher, type MentionTarget, type MentionTargets } from '../lib/mentions';

export interface RemarkMentionsOptions {
  /**
   * Loads every actor and location. Called on the first story that needs it, then kept for the
   * life of the process, so loading the Astro config stays cheap.
   */
  readonly targets: () => MentionTargets;
  /** The page a mention links to, e.g. `(kind, id) => kind === 'actor' ? paths.actor(id) : paths.location(id)`. */
  readonly href: (kind: MentionKind, id: string) => string;
  /**
   * A digest of every name the targets hold. Unused by the plugin: it sits in the Astro config so
   * that renaming an actor or adding an alias changes the config digest, which makes Astro drop
   * the stories' cached HTML and link the new names.
   */
  readonly cacheKey?: string;
}

/*
 * Text that already is a link, code or markup is the editor's own. Paragraphs never contain the
 * block types, but listing them keeps the rule explicit where the walk is.
 */
const IGNORED = ['link', 'linkReference', 'inlineCode', 'code', 'heading', 'html'];

/**
 * One matcher over every actor and place, compiled on the first story that needs it and kept for
 * the process: compiling a Unicode-aware expression per story cost more than all the matching.
 * Keyed by the loader itself, so the plugin's attacher may run for several processors.
 */
const matchers = new WeakMap<() => MentionTargets, MentionMatcher>();

function matcherFor(load: () => MentionTargets): MentionMatcher {
  let matcher = matchers.get(load);
  if (!matcher) {
    const all = load();
    matchers.set(load, (matcher = createMentionMatcher([...all.actors.values(), ...all.locations.values()])));
  }
  return matcher;
}

/**
 * Links, in each paragraph, the first mention of each actor and location the story lists in its
 * frontmatter (`actors`, `locations`, `dateline`). Later mentions in the same paragraph stay text
 * so a paragraph does not turn into a wall of links; a new paragraph starts again.
 */
export function remarkMentions(options: RemarkMentionsOptions) {
  const { href } = options;

  return function transform(tree: Root, file: VFile): undefined {
    const story = storyReferences((file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter);
    if (!story) return;
    const matcher = matcherFor(options.targets);
    const listed = { actor: new Set(story.actors), location: new Set(story.locations) };
    if (listed.actor.size + listed.location.size === 0) return;
    // Actors before locations: "Iran" the state wins over Iran the country when a story lists both.
    const ownTarget = (value: string) => matcher.candidates(value).find((c) => listed[c.target.kind].has(c.target.id));

    // One pass over the whole story; the paragraph a match sits in decides whether it is the
    // first mention there. (A pass per paragraph cost more than the matching itself.)
    const linkedIn = new WeakMap<Paragraph, Set<MentionTarget>>();
    findAndReplace(
      tree,
      [
        matcher.pattern,
        (value: string, match: RegExpMatchObject) => {
          const paragraph = match.stack.findLast((node): node is Paragraph => node.type === 'paragraph');
          const found = ownTarget(value);
          if (!paragraph || !found) return value;
          let linked = linkedIn.get(paragraph);
          if (!linked) linkedIn.set(paragraph, (linked = new Set()));
          // Return the text rather than `false`: `false` rescans from the next character and
          // would let "Abraham Lincoln" match inside an already-linked "USS Abraham Lincoln".
          if (linked.has(found.target)) return value;
          linked.add(found.target);
          return mentionLink(found.target, value, href(found.target.kind, found.target.id));
        },
      ],
      { ignore: IGNORED },
    );
  };
}

function mentionLink(target: MentionTarget, text: string, url: string): Link {
  return {
    type: 'link',
    url,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['mention', `mention-${target.kind}`] } },
  };
}

/**
 * The ids a story lists, read leniently from raw YAML: Astro renders before the schema has had its
 * say, and a wrong field is reported by the build, not here.
 */
function storyReferences(frontmatter: unknown): { actors: string[]; locations: string[] } | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const { actors, locations, dateline } = frontmatter as Record<string, unknown>;
  return { actors: strings(actors), locations: [...strings(locations), ...strings([dateline])] };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
