/**
 * The build's content check, in a process of its own so that `npm run build` can run it beside
 * `astro build` (scripts/build.ts): the errors of `npm run check`, each with its file, line and
 * fix (editorial warnings never fail a build), on stderr. Sends the number of errors to the
 * build over IPC and exits 1 when there is any.
 */
import { formatDiagnostic } from '../src/lib/lint/lint-content';
import { lintContentFolder } from '../src/node/content-files';
import { contentDir } from '../src/site-config';

const errors = lintContentFolder(contentDir, { warnings: false }).diagnostics.filter(
  (d) => d.severity === 'error',
);
for (const error of errors) console.error(formatDiagnostic(error));
process.send?.({ errors: errors.length }, () => process.exit(errors.length ? 1 : 0));
if (!process.send) process.exit(errors.length ? 1 : 0);
