/**
 * `npm run validate`: the post-build gate. Every built page must be valid HTML (html-validate)
 * and every link and #fragment on the site must resolve (linkinator). External links are not
 * fetched: builds and CI have no network.
 *
 *   npm run validate [-- --dir dist]
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { HtmlValidate, type Message } from 'html-validate';
import { LinkChecker } from 'linkinator';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = values.dir;

async function validateHtml(): Promise<number> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<meta …>`-style void elements and long single lines; neither is an error.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      // Headlines are often longer than 70 characters; search engines cope.
      'long-title': 'off',
      // HTML5 allows ids that start with a digit; event anchors start with their ISO date.
      'valid-id': ['error', { relaxed: true }],
      // Facet checkboxes share a name on purpose (?actor=A&actor=B), as radio buttons do.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    },
  });
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  let errors = 0;
  for (const file of files) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const message of result.messages as Message[]) {
        if (message.severity < 2) continue;
        errors++;
        console.log(`${join(dir, file)}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
      }
    }
  }
  console.log(`html-validate: ${files.length} pages, ${errors} error${errors === 1 ? '' : 's'}.`);
  return errors;
}

async function checkLinks(): Promise<number> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    recurse: true,
    checkFragments: true,
    // Only the site itself: the local server linkinator starts. Anything else would need a network.
    linksToSkip: ['^(?!https?://(localhost|127\\.0\\.0\\.1)[:/])'],
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN');
  for (const link of broken) {
    console.log(`broken link: ${link.url} (status ${link.status}) on ${link.parent ? relative(process.cwd(), link.parent) : '?'}`);
  }
  console.log(`linkinator: ${result.links.length} links checked, ${broken.length} broken.`);
  return broken.length;
}

const problems = (await validateHtml()) + (await checkLinks());
process.exit(problems > 0 ? 1 : 0);
