/**
 * The one reader of `content/`: the build, the watcher and the dev server all see stories, actors
 * and places through it, so they agree on the data and on the errors (`npm run check` runs the
 * same per-file lint over the same parser).
 *
 * A store remembers what it has read. `sync()` looks at every file's size and mtime and reads
 * again only the files that changed; a file whose text is unchanged keeps its parse, its lint and
 * its rendered HTML. A story's HTML depends on its own text and on the names of every actor and
 * place (mention links), so renaming an actor or adding an alias renders every body again.
 * The remembered state is plain data (`state()`), which the build keeps between runs.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseContentFile, type CollectionName, type ParsedContentFile } from '../lib/lint/content-file';
import { lintAcrossFiles, lintFile, sortDiagnostics, type Diagnostic, type FileLint } from '../lib/lint/lint-content';
import { mentionTargetsOf, type MentionTargets } from '../lib/mentions';
import type { ActorEntry, ArticleEntry, ContentInput, LocationEntry } from '../lib/model';
import { createPaths } from '../lib/paths';
import { COLLECTIONS, readText } from '../node/content-files';
import { contentFolderName, listCollectionFiles } from '../node/content-listing';
import { bodiesInMemory, type RenderedBodies } from './rendered-bodies';

/** What the store remembers of one file. */
interface FileRecord {
  readonly mtimeMs: number;
  readonly size: number;
  /** sha256 of the bytes as read: the key of everything derived from the file. */
  readonly sha: string;
  readonly parsed: ParsedContentFile;
  readonly lint: FileLint;
}

/** What a store remembers of the files; plain data, so it can be serialised between builds. */
export interface ContentStoreState {
  readonly files: Record<string, FileRecord>;
}

export interface ContentSnapshot {
  /** Every content file, parsed, in listing order. */
  readonly files: readonly ParsedContentFile[];
  /** A digest of every file's path and bytes: equal digests, equal content. */
  readonly digest: string;
  /** Every error of every file, sorted by file and line; the site builds only when there is none. */
  readonly errors: readonly Diagnostic[];
  /** The validated collections, each entry with its rendered body (`html`); absent when there are errors. */
  readonly input?: ContentInput | undefined;
  /**
   * A digest of each entry in `input`, from its file's path and bytes and the mention names its
   * body was rendered with: everything the entry holds (createDigester's `known`).
   */
  readonly digests?: WeakMap<object, string> | undefined;
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

type Renderer = { render(body: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<{ code: string }> };

export function createContentStore({ contentDir, base, root = process.cwd(), state, bodies = bodiesInMemory() }: ContentStoreOptions) {
  const files = new Map(Object.entries(state?.files ?? {}));
  /** Body and frontmatter of the files read by this sync, to render; the state keeps neither. */
  const sources = new Map<string, Source>();
  const paths = createPaths(base);
  let renderer: { digest: string; renderer: Promise<Renderer> } | undefined;
  const folder = contentFolderName(contentDir);

  function rendererFor(targets: MentionTargets, digest: string): Promise<Renderer> {
    if (renderer?.digest !== digest) {
      // Loaded only when a body must be rendered: the Markdown pipeline is most of what a build
      // with nothing new to render would otherwise spend its time loading.
      const href = (kind: 'actor' | 'location', id: string) => (kind === 'actor' ? paths.actor(id) : paths.location(id));
      const created = import('../markdown').then(({ storyMarkdown }) =>
        storyMarkdown({ mentionTargets: targets, href }).processor.createRenderer({ syntaxHighlight: false }),
      );
      renderer = { digest, renderer: created as Promise<Renderer> };
    }
    return renderer.renderer;
  }

  /** Reads again every file whose size or mtime changed since the last sync. */
  function refresh(): { listed: { collection: CollectionName; filePath: string }[]; changed: string[]; removed: string[] } {
    const listed = COLLECTIONS.flatMap((collection) =>
      listCollectionFiles(resolve(root, folder), collection).map((file) => ({
        collection,
        filePath: relative(root, resolve(root, folder, collection, file)),
      })),
    );
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const { collection, filePath } of listed) {
      seen.add(filePath);
      const absolute = resolve(root, filePath);
      const stat = statSync(absolute, { throwIfNoEntry: false });
      const known = files.get(filePath);
      if (known && stat && known.mtimeMs === stat.mtimeMs && known.size === stat.size) continue;
      const text = readText(absolute);
      const sha = createHash('sha256').update(text.source).update(text.unreadable?.message ?? '').digest('hex');
      if (known?.sha === sha && known.parsed.collection === collection) {
        files.set(filePath, { ...known, mtimeMs: stat?.mtimeMs ?? 0, size: stat?.size ?? 0 });
        continue;
      }
      const full = parseContentFile({ collection, id: basename(filePath, extname(filePath)), filePath, ...text });
      // The text itself is not kept: the frontmatter's text (for the line numbers of cross-file
      // errors) and the validated data are enough, and a body that must be rendered again is read again.
      const parsed = { ...full, source: '', body: '', data: undefined };
      sources.set(filePath, { body: full.body, frontmatter: full.data ?? {} });
      files.set(filePath, { mtimeMs: stat?.mtimeMs ?? 0, size: stat?.size ?? 0, sha, parsed, lint: lintFile(full) });
      changed.push(filePath);
    }
    const removed = [...files.keys()].filter((filePath) => !seen.has(filePath));
    for (const filePath of removed) files.delete(filePath);
    return { listed, changed, removed };
  }

  async function sync(): Promise<ContentSnapshot> {
    const { listed, changed, removed } = refresh();
    const records = listed.map(({ filePath }) => files.get(filePath)!);
    const contentDigest = records.reduce((hash, record) => hash.update(`${record.parsed.filePath}\0${record.sha}\n`), createHash('sha256')).digest('hex');
    const parsed = records.map((record) => record.parsed);
    const linted = new Map(records.map((record) => [record.parsed, record.lint]));
    const errors = sortDiagnostics([
      ...records.flatMap((record) => record.lint.diagnostics),
      ...lintAcrossFiles(parsed, linted, folder),
    ]).filter((d) => d.severity === 'error');
    if (errors.length > 0) return { files: parsed, digest: contentDigest, errors, changed, removed };

    const valid = (collection: CollectionName) => records.filter((record) => record.parsed.collection === collection);
    const named = (records: readonly FileRecord[]) => records.map((record) => ({ id: record.parsed.id, data: record.lint.data as { name: string; aliases: string[] } }));
    const targets = mentionTargetsOf(named(valid('actors')), named(valid('locations')));
    const digest = createHash('sha256').update(JSON.stringify([...targets.actors.values(), ...targets.locations.values()])).digest('hex');
    const used = new Set<string>();
    const digests = new WeakMap<object, string>();
    const entry = async <T>(record: FileRecord) => {
      const { filePath } = record.parsed;
      const key = `${record.sha}:${digest}`;
      if (!bodies.has(key)) {
        const { body, frontmatter } = sources.get(filePath) ?? sourceOf(resolve(root, filePath));
        const { code } = await (await rendererFor(targets, digest)).render(body, { frontmatter, fileURL: pathToFileURL(resolve(root, filePath)) });
        bodies.set(key, code);
      }
      used.add(key);
      const html = bodies.get(key);
      const made = { id: record.parsed.id, filePath, data: record.lint.data as T, get html() { return html(); } };
      digests.set(made, `E${JSON.stringify(filePath)}:${key}`);
      return made;
    };
    const input: ContentInput = {
      articles: await entries<ArticleEntry['data']>(valid('articles'), entry),
      actors: await entries<ActorEntry['data']>(valid('actors'), entry),
      locations: await entries<LocationEntry['data']>(valid('locations'), entry),
    };
    sources.clear();
    // Only what this content uses is kept: an old rendering would otherwise live forever.
    if (changed.length > 0 || removed.length > 0) bodies.keepOnly(used);
    return { files: parsed, digest: contentDigest, errors, input, digests, changed, removed };
  }

  return {
    sync,
    /** What this store remembers, for the next store of the same code to start from. */
    state: (): ContentStoreState => ({ files: Object.fromEntries(files) }),
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
