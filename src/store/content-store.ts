/**
 * The one reader of `content/`: the build, the watcher and the dev server all see stories, actors
 * and places through it, so they agree on the data and on the errors (`npm run check` runs the
 * same per-file lint over the same parser).
 *
 * A store remembers what it has read. `sync()` looks at every file's size and mtime and reads
 * again only the files that changed; a file whose text is unchanged keeps its parse, its lint and
 * its rendered HTML. A story's HTML depends on its own text and on the names of every actor and
 * place (mention links), so renaming an actor or adding an alias renders every body again.
 * The remembered state is plain data (`state()`, and what changed in it: `altered()`), which the
 * build keeps between runs.
 */
import { createHash } from 'node:crypto';
import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseContentFile, type CollectionName, type ParsedContentFile } from '../lib/lint/content-file';
import { lintAcrossFiles, lintFile, sortDiagnostics, type Diagnostic, type FileLint } from '../lib/lint/lint-content';
import { mentionTargetsOf, type MentionTargets } from '../lib/mentions';
import type { ActorEntry, ArticleEntry, ContentInput, LocationEntry } from '../lib/model';
import { createPaths } from '../lib/paths';
import { findQuotations, type Quotation, type Speaker } from '../lib/quotes';
import { PARAGRAPHS } from '../remark/remark-paragraphs';
import { COLLECTIONS, listContentFolder, readText } from '../node/content-files';
import { checkImageFiles } from '../node/image-files';
import { imageSource } from '../lib/story-images';
import { contentFolderName, folderInProject } from '../node/content-listing';
import { bodiesInMemory, type RenderedBodies } from './rendered-bodies';

/** What the store remembers of one file. */
interface FileRecord {
  readonly mtimeMs: number;
  readonly size: number;
  /** sha256 of the bytes as read: the key of everything derived from the file. */
  readonly sha: string;
  readonly parsed: ParsedContentFile;
  readonly lint: FileLint;
  /** A story's quotations, and the key (its bytes, mention names and speakers) they were found for. */
  quotes?: { readonly key: string; readonly list: readonly Quotation[] };
}

/** What a store remembers of the files; plain data, so it can be serialised between builds. */
export interface ContentStoreState {
  readonly files: Record<string, FileRecord>;
}

/** What a store remembers of some files: `null` for a file it no longer has. */
export type ContentStoreChanges = Record<string, FileRecord | null>;

export interface ContentSnapshot {
  /** Every content file, parsed, in listing order. */
  readonly files: readonly ParsedContentFile[];
  /** A digest of every file's path and bytes: equal digests, equal content. */
  readonly digest: string;
  /** Every error of every file, sorted by file and line; the site builds only when there is none. */
  readonly errors: readonly Diagnostic[];
  /** Files the listing skipped, such as `x.MD` or hidden files; they never stop a build. */
  readonly warnings: readonly Diagnostic[];
  /** The validated collections, each entry with its rendered body (`html`); absent when there are errors. */
  readonly input?: ContentInput | undefined;
  /**
   * A digest of each entry in `input`, from its file's path and bytes and the mention names its
   * body was rendered with: everything the entry holds (createDigester's `known`).
   */
  readonly digests?: WeakMap<object, string> | undefined;
  /** The pictures from the content folder that the site publishes: path under the site → the file (relative to the project) and its stamp. */
  readonly media?: ReadonlyMap<string, { readonly file: string; readonly stamp: string }> | undefined;
  /** Files read anew by this sync, and files gone since the last one (paths relative to the project). */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export interface ContentStoreOptions {
  /** The content folder, relative to `root` (as the editor types it: `content`). */
  readonly contentDir: string;
  /** The site's base path: mentions link to actor and place pages under it. */
  readonly base: string;
  readonly root?: string;
  /** What an earlier store of the same code remembered (from `state()`). */
  readonly state?: ContentStoreState | undefined;
  /** Where rendered bodies are kept (default: in memory). */
  readonly bodies?: RenderedBodies | undefined;
}

type Renderer = {
  render(body: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<{ code: string; metadata: { frontmatter: Record<string, unknown> } }>;
};

export function createContentStore({ contentDir, base, root = process.cwd(), state, bodies = bodiesInMemory() }: ContentStoreOptions) {
  const files = new Map(Object.entries(state?.files ?? {}));
  /** Files whose record was set, changed or dropped since `altered()` last said. */
  const altered = new Set<string>();
  /** Body and frontmatter of the files read by this sync, to render; the state keeps neither. */
  const sources = new Map<string, Source>();
  const paths = createPaths(base);
  let renderer: { digest: string; renderer: Promise<Renderer> } | undefined;
  const folder = contentFolderName(contentDir);
  /** The content folder as file paths are written (relative to the project), to place pictures. */
  const imagesFolder = folderInProject(root, folder);
  /**
   * The entry made of each file, kept while its bytes and mention names are unchanged: an entry
   * that stays the same object lets what is derived from it (a story's record, its digest) be
   * kept too, between the updates of `--watch`.
   */
  let made = new Map<string, { key: string; data: unknown; entry: object }>();
  const digests = new WeakMap<object, string>();

  function rendererFor(targets: MentionTargets, digest: string): Promise<Renderer> {
    if (renderer?.digest !== digest) {
      // Loaded only when a body must be rendered: the Markdown pipeline is most of what a build
      // with nothing new to render would otherwise spend its time loading.
      const href = (kind: 'actor' | 'location', id: string) => (kind === 'actor' ? paths.actor(id) : paths.location(id));
      const imageSrc = (url: string, path: string) => {
        const source = imageSource(url, relative(root, path), imagesFolder);
        return 'problem' in source ? undefined : paths.file(source.published);
      };
      const created = import('../markdown').then(({ storyMarkdown }) =>
        storyMarkdown({ mentionTargets: targets, href, imageSrc }).processor.createRenderer({ syntaxHighlight: false }),
      );
      renderer = { digest, renderer: created as Promise<Renderer> };
    }
    return renderer.renderer;
  }

  /** The content files by collection, as the last full listing and the hints since found them. */
  let listing: Map<CollectionName, string[]> | undefined;
  /** What that listing could not read or skipped (src/node/content-listing.ts). */
  let listingProblems: Diagnostic[] = [];

  function listAll(): Map<CollectionName, string[]> {
    const { collections, problems } = listContentFolder(folder, root);
    listingProblems = problems;
    return new Map(collections.map(({ collection, files }) => [collection, files]));
  }

  /**
   * The listing after the changes a watcher saw (paths relative to the content folder), or
   * undefined when they cannot be applied one by one: a folder created, moved or removed, or a
   * change the watcher could not name.
   */
  function listingAfter(touched: readonly string[]): Map<CollectionName, string[]> | undefined {
    // A store that has not listed the folder yet (a new one, or one made from a saved state) lists it.
    if (!listing) return undefined;
    const next = new Map([...listing].map(([collection, names]) => [collection, new Set(names)]));
    for (const path of touched) {
      const [collection, ...rest] = path.split(sep);
      const names = next.get(collection as CollectionName);
      if (!names || rest.length === 0) {
        if (path === '' || rest.length === 0) return undefined;
        continue;
      }
      const name = rest.join('/');
      // Only a plain story file saved or deleted is applied here; a folder, a link, a pipe, a
      // hidden file or a name the listing warns about is left to a full listing, which judges it.
      const stat = lstatSync(resolve(root, folder, path), { throwIfNoEntry: false });
      if (!name.endsWith('.md') || rest.some((part) => part.startsWith('.')) || (stat && !stat.isFile())) return undefined;
      if (stat) names.add(name);
      else names.delete(name);
      const shown = relative(root, resolve(root, folder, path));
      listingProblems = listingProblems.filter((problem) => problem.file !== shown);
    }
    return new Map([...next].map(([collection, names]) => [collection, [...names].sort()]));
  }

  /**
   * Reads again every file whose size or mtime changed since the last sync; with `touched`, the
   * paths a watcher saw change, only those are looked at.
   */
  function refresh(touched?: readonly string[]): { listed: { collection: CollectionName; filePath: string }[]; changed: string[]; removed: string[] } {
    const hinted = touched && listingAfter(touched);
    listing = hinted ?? listAll();
    const suspects = hinted && new Set(touched.map((path) => relative(root, resolve(root, folder, path))));
    const listed = COLLECTIONS.flatMap((collection) =>
      listing!.get(collection)!.map((file) => ({
        collection,
        filePath: relative(root, resolve(root, folder, collection, file)),
      })),
    );
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const { collection, filePath } of listed) {
      seen.add(filePath);
      const known = files.get(filePath);
      if (known && suspects && !suspects.has(filePath)) continue;
      const absolute = resolve(root, filePath);
      const stat = statSync(absolute, { throwIfNoEntry: false });
      if (known && stat && known.mtimeMs === stat.mtimeMs && known.size === stat.size) continue;
      const text = readText(absolute);
      const sha = createHash('sha256').update(text.source).update(text.unreadable?.message ?? '').digest('hex');
      altered.add(filePath);
      if (known?.sha === sha && known.parsed.collection === collection) {
        files.set(filePath, { ...known, mtimeMs: stat?.mtimeMs ?? 0, size: stat?.size ?? 0 });
        continue;
      }
      const full = parseContentFile({ collection, id: basename(filePath, extname(filePath)), filePath, ...text });
      // The text itself is not kept: the frontmatter's text (for the line numbers of cross-file
      // errors) and the validated data are enough, and a body that must be rendered again is read again.
      const parsed = { ...full, source: '', body: '', data: undefined };
      sources.set(filePath, { body: full.body, frontmatter: full.data ?? {} });
      files.set(filePath, { mtimeMs: stat?.mtimeMs ?? 0, size: stat?.size ?? 0, sha, parsed, lint: lintFile(full, imagesFolder) });
      changed.push(filePath);
    }
    const removed = [...files.keys()].filter((filePath) => !seen.has(filePath));
    for (const filePath of removed) {
      files.delete(filePath);
      altered.add(filePath);
    }
    return { listed, changed, removed };
  }

  /**
   * @param touched paths relative to the content folder that a watcher saw change since the last
   *   sync: only they are looked at (a one-off build looks at every file).
   * @param warm load the Markdown pipeline even if no body needs it, for the edits to come.
   */
  async function sync(touched?: readonly string[], { warm = false } = {}): Promise<ContentSnapshot> {
    const { listed, changed, removed } = refresh(touched);
    const records = listed.map(({ filePath }) => files.get(filePath)!);
    // Pictures are looked at on every sync: one can be added, changed or deleted while its story stays.
    const media = new Map<string, { file: string; stamp: string }>();
    const imageErrors: Diagnostic[] = [];
    for (const record of records) {
      if (!record.lint.images) continue;
      const checked = checkImageFiles(record.parsed.filePath, record.lint.images, root, folder);
      imageErrors.push(...checked.diagnostics);
      record.lint.images.forEach((image, i) => {
        if (image.kind === 'content' && checked.stamps[i]) media.set(image.published, { file: image.file, stamp: checked.stamps[i] });
      });
    }
    const contentDigest = records
      .reduce((hash, record) => hash.update(`${record.parsed.filePath}\0${record.sha}\n`), createHash('sha256'))
      .update([...media.values()].map((image) => image.stamp).sort().join('\n'))
      .digest('hex');
    const parsed = records.map((record) => record.parsed);
    const linted = new Map(records.map((record) => [record.parsed, record.lint]));
    const warnings = listingProblems.filter((d) => d.severity === 'warning');
    const errors = sortDiagnostics([
      ...listingProblems,
      ...imageErrors,
      ...records.flatMap((record) => record.lint.diagnostics),
      ...lintAcrossFiles(parsed, linted, folder),
    ]).filter((d) => d.severity === 'error');
    if (errors.length > 0) return { files: parsed, digest: contentDigest, errors, warnings, changed, removed };

    const valid = (collection: CollectionName) => records.filter((record) => record.parsed.collection === collection);
    const named = (records: readonly FileRecord[]) => records.map((record) => ({ id: record.parsed.id, data: record.lint.data as { name: string; aliases: string[] } }));
    const targets = mentionTargetsOf(named(valid('actors')), named(valid('locations')));
    const digest = createHash('sha256').update(JSON.stringify([...targets.actors.values(), ...targets.locations.values()])).digest('hex');
    // One small render, discarded: the pipeline's first render sets up its plugins, and the
    // editor's first save should not wait for that.
    if (warm) await (await rendererFor(targets, digest)).render('Ready.', { frontmatter: {} });
    const used = new Set<string>();
    const kept = new Map<string, { key: string; data: unknown; entry: object }>();
    const actorData = new Map(valid('actors').map((record) => [record.parsed.id, record.lint.data as ActorEntry['data']]));
    const entry = async <T>(record: FileRecord) => {
      const { filePath } = record.parsed;
      // A picture's address depends on the story's folder as well as its text.
      const key = `${record.sha}:${digest}${record.lint.images ? `:${dirname(filePath)}` : ''}`;
      // A story's quotations depend on its text and on its actors' names, kinds and roles.
      const cast = record.parsed.collection === 'articles' ? castOf(record.lint.data as ArticleEntry['data'], actorData) : undefined;
      const speakers = cast?.speakers;
      const quoteKey = cast && `${key}:${cast.digest}`;
      const whole = quoteKey ?? key;
      const earlier = made.get(filePath);
      if (earlier?.key === whole && earlier.data === record.lint.data) {
        used.add(key);
        kept.set(filePath, earlier);
        return earlier.entry as { id: string; filePath: string; data: T; readonly html: string; readonly quotes?: readonly Quotation[] };
      }
      if (!bodies.has(key) || (quoteKey && record.quotes?.key !== quoteKey)) {
        const { body, frontmatter } = sources.get(filePath) ?? sourceOf(resolve(root, filePath));
        const { code, metadata } = await (await rendererFor(targets, digest)).render(body, { frontmatter: { ...frontmatter }, fileURL: pathToFileURL(resolve(root, filePath)) });
        bodies.set(key, code);
        if (quoteKey) {
          if (record.quotes?.key !== quoteKey) altered.add(filePath);
          record.quotes = { key: quoteKey, list: findQuotations((metadata.frontmatter[PARAGRAPHS] as string[] | undefined) ?? [], speakers!) };
        }
      }
      used.add(key);
      const html = bodies.get(key);
      const quotes = record.quotes?.list;
      const fresh = { id: record.parsed.id, filePath, data: record.lint.data as T, get html() { return html(); }, ...(quotes && { quotes }) };
      digests.set(fresh, `E${JSON.stringify(filePath)}:${whole}`);
      // The frontmatter alone: what a story's summary and events are made of (rememberArticleRecords).
      digests.set(fresh.data as object, `D${createHash('sha256').update(record.parsed.frontmatter).digest('hex')}`);
      kept.set(filePath, { key: whole, data: record.lint.data, entry: fresh });
      return fresh;
    };
    const input: ContentInput = {
      articles: await entries<ArticleEntry['data']>(valid('articles'), entry),
      actors: await entries<ActorEntry['data']>(valid('actors'), entry),
      locations: await entries<LocationEntry['data']>(valid('locations'), entry),
    };
    sources.clear();
    made = kept;
    // Only what this content uses is kept: an old rendering would otherwise live forever.
    if (changed.length > 0 || removed.length > 0) bodies.keepOnly(used);
    return { files: parsed, digest: contentDigest, errors, warnings, input, digests, media, changed, removed };
  }

  return {
    sync,
    /** The digest of each entry it has made (a snapshot's `digests`), for what is derived from entries. */
    digests,
    /** What this store remembers, for the next store of the same code to start from. */
    state: (): ContentStoreState => ({ files: Object.fromEntries(files) }),
    /**
     * The records of the files whose record changed since the last call (or since the store was
     * made): applied to the state it was made from, they give `state()`.
     */
    altered(): ContentStoreChanges {
      const changes: ContentStoreChanges = {};
      for (const filePath of altered) changes[filePath] = files.get(filePath) ?? null;
      altered.clear();
      return changes;
    },
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;

/** What the Markdown plugins read of a file: its body, and its frontmatter as written. */
interface Source {
  readonly body: string;
  readonly frontmatter: Record<string, unknown>;
}

/** The content file at `path`, read again. */
function sourceOf(path: string): Source {
  const { body, data } = parseContentFile({ collection: 'articles', id: '', filePath: path, ...readText(path) });
  return { body, frontmatter: data ?? {} };
}

async function entries<T>(records: readonly FileRecord[], entry: <U>(record: FileRecord) => Promise<{ id: string; filePath: string; data: U; readonly html: string }>) {
  const result = [];
  for (const record of records) result.push(await entry<T>(record));
  return result;
}

/**
 * Each story's speakers and their digest, kept while the story's data and the data of every actor
 * it names are the same objects: worked out afresh for every story, they cost some 100 ms per `--watch` update at 5,000 stories.
 */
const casts = new WeakMap<object, { readonly ids: readonly string[]; readonly actors: readonly (ActorEntry['data'] | undefined)[]; readonly speakers: Speaker[]; readonly digest: string }>();

function castOf(data: ArticleEntry['data'], actors: ReadonlyMap<string, ActorEntry['data']>) {
  const earlier = casts.get(data);
  if (earlier && earlier.ids.every((id, i) => actors.get(id) === earlier.actors[i])) return earlier;
  const ids = earlier?.ids ?? [...new Set([...data.actors, ...data.events.flatMap((event) => event.actors)])];
  const speakers = speakersOf(data, actors);
  const cast = { ids, actors: ids.map((id) => actors.get(id)), speakers, digest: createHash('sha256').update(JSON.stringify(speakers)).digest('hex') };
  casts.set(data, cast);
  return cast;
}

/** Who may be quoted in a story: the actors it and its events name, as the quotation finder reads them. */
function speakersOf(data: ArticleEntry['data'], actors: ReadonlyMap<string, ActorEntry['data']>): Speaker[] {
  const ids = new Set([...data.actors, ...data.events.flatMap((event) => event.actors)]);
  return [...ids].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [{ id, name: actor.name, aliases: actor.aliases, kind: actor.kind, ...(actor.role && { role: actor.role }) }] : [];
  });
}
