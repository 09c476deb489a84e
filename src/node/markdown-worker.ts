/**
 * Inside a Markdown worker process: builds the stories' processor exactly as the config does
 * (src/markdown.ts, with the same Astro settings, mention names read from the same folder) and
 * renders what the build sends. Errors go back with their message and stack, for Astro to report.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { storyMarkdown, storyMarkdownOptions } from '../markdown';
import type { WorkerData, WorkerReply, WorkerRequest } from './markdown-workers';

let renderer: Promise<MarkdownRenderer> | undefined;

function createRenderer({ contentDir, base, shared }: WorkerData): Promise<MarkdownRenderer> {
  return storyMarkdown(storyMarkdownOptions({ contentDir, base })).processor.createRenderer(shared);
}

// The settings come first; stories may arrive before the processor is built, and wait for it.
process.on('message', async (request: WorkerRequest) => {
  if ('data' in request) {
    renderer = createRenderer(request.data);
    return;
  }
  const { id, content, frontmatter, fileURL } = request;
  let reply: WorkerReply;
  try {
    const result = await (await renderer!).render(content, { ...(frontmatter ? { frontmatter } : {}), ...(fileURL ? { fileURL: new URL(fileURL) } : {}) });
    reply = { id, result };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message, ...(stack ? { stack } : {}) } };
  }
  process.send!(reply);
});
// The build is over, or gone: nothing more will come.
process.on('disconnect', () => process.exit(0));
