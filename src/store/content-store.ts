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
import { listCollectionFiles } from '../node/content-listing';

/** What the store remembers of one file. */
interface FileRecord {
  readonly mtimeMs: number;
  readonly size: number;
  /** sha256 of the bytes as read: the key of everything derived from the file. */
  readonly sha: string;
  readonly parsed: ParsedContentFile;
  readonly lint: FileLint;
}

/** Everything a store remembers; plain data, so it can be serialised between builds. */
export interface ContentStoreState {
  readonly files: Record<string, FileRecord>;
  /** Rendered bodies by `<file sha>:<mention names digest>`. */
  readonly html: Record<string, string>;
}

export interface ContentSnapshot {
  /** Every content file, parsed, in listing order. */
  readonly files: readonly ParsedContentFile[];
  /** Every error of every file, sorted by file and line; the site builds only when there is none. */
  readonly errors: readonly Diagnostic[];
  /** The validated collections, each entry with its rendered body (`html`); absent when there are errors. */
  readonly input?: ContentInput | undefined;
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
}

type Renderer = { render(body: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<{ code: string }> };

export function createContentStore({ contentDir, base, root = process.cwd(), state }: ContentStoreOptions) {
  const files = new Map(Object.entries(state?.files ?? {}));
  let html = new Map(Object.entries(state?.html ?? {}));
  const paths = createPaths(base);
  let renderer: { digest: string; renderer: Promise<Renderer> } | undefined;
  const folder = contentDir.replace(/^\.\/|\/$/g, '');

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
      const parsed = parseContentFile({ collection, id: basename(filePath, extname(filePath)), filePath, ...text });
      files.set(filePath, { mtimeMs: stat?.mtimeMs ?? 0, size: stat?.size ?? 0, sha, parsed, lint: lintFile(parsed) });
      changed.push(filePath);
    }
    const removed = [...files.keys()].filter((filePath) => !seen.has(filePath));
    for (const filePath of removed) files.delete(filePath);
    return { listed, changed, removed };
  }

  async function sync(): Promise<ContentSnapshot> {
    const { listed, changed, removed } = refresh();
    const records = listed.map(({ filePath }) => files.get(filePath)!);
    const parsed = records.map((record) => record.parsed);
    const linted = new Map(records.map((record) => [record.parsed, record.lint]));
    const errors = sortDiagnostics([
      ...records.flatMap((record) => record.lint.diagnostics),
      ...lintAcrossFiles(parsed, linted, folder),
    ]).filter((d) => d.severity === 'error');
    if (errors.length > 0) return { files: parsed, errors, changed, removed };

    const valid = (collection: CollectionName) => records.filter((record) => record.parsed.collection === collection);
    const named = (records: readonly FileRecord[]) => records.map((record) => ({ id: record.parsed.id, data: record.lint.data as { name: string; aliases: string[] } }));
    const targets = mentionTargetsOf(named(valid('actors')), named(valid('locations')));
    const digest = createHash('sha256').update(JSON.stringify([...targets.actors.values(), ...targets.locations.values()])).digest('hex');
    const rendered = new Map<string, string>();
    const entry = async <T>(record: FileRecord) => {
      const key = `${record.sha}:${digest}`;
      let body = html.get(key);
      if (body === undefined) {
        const { code } = await (await rendererFor(targets, digest)).render(record.parsed.body, {
          frontmatter: record.parsed.data ?? {},
          fileURL: pathToFileURL(resolve(root, record.parsed.filePath)),
        });
        body = code;
      }
      rendered.set(key, body);
      return { id: record.parsed.id, filePath: record.parsed.filePath, data: record.lint.data as T, html: body };
    };
    const input: ContentInput = {
      articles: await entries<ArticleEntry['data']>(valid('articles'), entry),
      actors: await entries<ActorEntry['data']>(valid('actors'), entry),
      locations: await entries<LocationEntry['data']>(valid('locations'), entry),
    };
    // Only what this content uses is kept: an old rendering would otherwise live forever.
    html = rendered;
    return { files: parsed, errors, input, changed, removed };
  }

  return {
    sync,
    /** What this store remembers, for the next store of the same code to start from. */
    state: (): ContentStoreState => ({ files: Object.fromEntries(files), html: Object.fromEntries(html) }),
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;

async function entries<T>(records: readonly FileRecord[], entry: <U>(record: FileRecord) => Promise<{ id: string; filePath: string; data: U; html: string }>) {
  const result = [];
  for (const record of records) result.push(await entry<T>(record));
  return result;
}
