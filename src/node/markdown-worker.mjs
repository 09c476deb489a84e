// A Markdown worker process (see markdown-workers.ts). It runs the site's TypeScript on Node's own
// type stripping; the one thing Node lacks is Vite's extensionless imports (`'../markdown'`), which
// this hook resolves to their `.ts` file or their folder's `index.ts`. (tsx's loader would do, but
// it recompiles every package too, and rendering took twice as long.)
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';

const EXTENSIONLESS = /^\.\.?\/(?:.*\/)?[^/.]+$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (EXTENSIONLESS.test(specifier) && context.parentURL?.endsWith('.ts')) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        const url = new URL(candidate, context.parentURL);
        if (existsSync(url)) return { url: url.href, format: 'module-typescript', shortCircuit: true };
      }
    }
    return nextResolve(specifier, context);
  },
});

await import('./date-fns-hook.ts');
await import('./markdown-worker.ts');
