/**
 * Inside a Markdown worker thread: builds the stories' processor exactly as the config does
 * (src/markdown.ts, with the same Astro settings, mention names read from the same folder) and
 * renders what the build sends. Errors go back with their message and stack, for Astro to report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storyMarkdown, storyMarkdownOptions } from '../markdown';
import type { WorkerData, WorkerReply } from './markdown-workers';

const { contentDir, base, shared } = workerData as WorkerData;
const renderer = await storyMarkdown(storyMarkdownOptions({ contentDir, base })).processor.createRenderer(shared);

interface Request {
  readonly id: number;
  readonly content: string;
  readonly frontmatter?: Record<string, unknown>;
  readonly fileURL?: string;
}

parentPort!.on('message', async ({ id, content, frontmatter, fileURL }: Request) => {
  let reply: WorkerReply;
  try {
    const result = await renderer.render(content, { ...(frontmatter ? { frontmatter } : {}), ...(fileURL ? { fileURL: new URL(fileURL) } : {}) });
    reply = { id, result };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message, ...(stack ? { stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});
