/**
 * Dateline's Astro adapter. `astro build` makes a renderer, not a site: a server bundle whose
 * pages render from the props they are given (src/data/page.ts), holding none of the content. The
 * build's publisher (src/publish/) loads it once per code version and renders only the pages whose
 * props changed, so an edited story never needs Vite or Astro's build again.
 */
import type { AstroIntegration } from 'astro';

export function datelineRenderer(): AstroIntegration {
  return {
    name: 'dateline:renderer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The renderer is loaded by every build: with its dependencies bundled in, Node loads a few
        // files instead of resolving hundreds of packages' modules one by one.
        if (command === 'build') updateConfig({ vite: { ssr: { noExternal: true } } });
      },
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'dateline:renderer',
          serverEntrypoint: new URL('./renderer-entry.ts', import.meta.url),
          entrypointResolution: 'auto',
          supportedAstroFeatures: {
            serverOutput: 'stable',
            staticOutput: 'unsupported',
            hybridOutput: 'unsupported',
            sharpImageService: 'unsupported',
          },
          adapterFeatures: { buildOutput: 'server' },
        });
      },
    },
  };
}
