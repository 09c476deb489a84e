/**
 * The thread that feeds Pagefind (src/publish/search.ts): it reads the story pages and hands them
 * to Pagefind's process one by one, which the main thread could not do while it builds the site
 * index (a synchronous second or two at 5,000 stories), so a month is indexed beside that work.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

/** A month's index to write: its story pages, each as a file on disk or as the HTML itself. */
export interface IndexJob {
  readonly id: number;
  readonly outputPath: string;
  readonly pages: readonly { readonly url: string; readonly file?: string; readonly html?: string }[];
}

export type IndexReply = { readonly id: number; readonly error?: string };

type Pagefind = typeof import('pagefind');
let pagefind: Promise<Pagefind> | undefined;

async function writeIndex({ outputPath, pages }: IndexJob): Promise<void> {
  const api = await (pagefind ??= import('pagefind'));
  const { index, errors } = await api.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html ?? readFileSync(page.file!, 'utf8') });
      if (added.errors.length) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

parentPort!.on('message', (message: IndexJob | 'close') => {
  if (message === 'close') {
    void (pagefind ?? Promise.resolve(undefined)).then((api) => api?.close()).then(() => parentPort!.close());
    return;
  }
  writeIndex(message).then(
    () => parentPort!.postMessage({ id: message.id } satisfies IndexReply),
    (error: Error) => parentPort!.postMessage({ id: message.id, error: error.stack ?? String(error) } satisfies IndexReply),
  );
});
