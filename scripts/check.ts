/**
 * `npm run check`: the editor's content lint, then `astro check` for types. Prints every problem
 * with its file, line and fix; exits 1 when there is any error (warnings alone pass).
 *
 *   npm run check                 lint content/ and type-check
 *   npm run check -- --content-only
 *   DATELINE_CONTENT=other/folder npm run check
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../src/lib/lint/lint-content';
import { lintContentFolder } from '../src/node/content-files';
import { contentDir } from '../src/site-config';

const contentOnly = process.argv.includes('--content-only');

const { files, diagnostics } = lintContentFolder(contentDir);
for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
console.log(
  `\nContent: ${files.length} files checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);

let failed = errors > 0;
if (!contentOnly) {
  console.log('\nType check (astro check):');
  // The same Node that runs this script (the project's Node 24 under npm run), not whatever is on PATH.
  const astro = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), 'check'], { stdio: 'inherit' });
  failed ||= astro.status !== 0;
}
process.exit(failed ? 1 : 0);
