/**
 * `npm run dates -- --published 2026-02-20 [file]`: the date expressions the site would mark in
 * each line of text, resolved against a publication day.
 *
 *   npm run dates -- --published 2026-02-20 story.txt
 *   echo 'The talks ended on Tuesday.' | npm run dates -- --published 2026-02-20
 *   npm run dates -- --jsonl lines.jsonl
 *
 * Input: UTF-8 text from `file`, or standard input when no file (or `-`) is given; one paragraph
 * per line (LF or CRLF; a byte-order mark at the start is dropped). With `--jsonl` each line is a
 * JSON object `{"published": "2026-02-20", "text": "…"}` instead; `published` may be left out when
 * `--published` is given, and other keys are ignored. `published` is an ISO date or a date-time
 * with offset (`2026-02-20T09:30:00+03:00`, whose calendar day counts), as in frontmatter.
 *
 * Output (stable): exactly one line of JSON on standard output per input line, in input order: an
 * array, in text order, of the date expressions in that line, each
 *   {"start": 29, "end": 36, "text": "Tuesday", "datetime": "2026-02-17"}
 * with keys in that order. `start` and `end` are offsets into the line (in `--jsonl`, into its
 * `text`) in UTF-16 code units, as JavaScript strings count, so `line.slice(start, end) === text`;
 * `datetime` is the value the site writes in `<time datetime>` (`mentionDatetime` in
 * src/lib/news-dates/markup.ts): `2026-02-17`, `2026-02`, `2026`, an ISO week `2026-W08`, or a
 * span's first period where HTML has no value for it. A line without dates prints `[]`.
 *
 * Errors: bad arguments or any bad input line print one line `dates: …` on standard error, naming
 * the line number (from 1) for input errors, and exit with code 2; nothing is printed on standard
 * output then, as every line is checked before any is written.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findDates } from '../src/lib/news-dates';
import { mentionDatetime } from '../src/lib/news-dates/markup';
import type { PartialDate } from '../src/lib/partial-date';
import { parsePublishedDate } from '../src/lib/published-date';

const USAGE = 'usage: npm run dates -- --published YYYY-MM-DD [--jsonl] [file]';

class InputError extends Error {}

function fail(message: string): never {
  process.stderr.write(`dates: ${message}\n`);
  process.exit(2);
}

function publishedDay(value: unknown, what: string): PartialDate {
  try {
    return parsePublishedDate(value).date;
  } catch (error) {
    throw new InputError(`${what}: ${(error as Error).message}`);
  }
}

/** The lines of the input: a final newline ends the last line rather than starting an empty one. */
function linesOf(input: string): string[] {
  const text = input.replace(/^\uFEFF/, '');
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function jsonlRecord(line: string, fallback: PartialDate | undefined): { text: string; published: PartialDate } {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new InputError(`not JSON (${(error as Error).message}); expected {"published": "YYYY-MM-DD", "text": "…"}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError('expected a JSON object {"published": "YYYY-MM-DD", "text": "…"}');
  }
  const { text, published } = record as Record<string, unknown>;
  if (typeof text !== 'string') throw new InputError('"text" must be a string');
  if (published === undefined) {
    if (!fallback) throw new InputError('no "published", and no --published to fall back on');
    return { text, published: fallback };
  }
  return { text, published: publishedDay(published, 'published') };
}

function main(): void {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: { published: { type: 'string' }, jsonl: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      });
    } catch (error) {
      return fail(`${(error as Error).message} (${USAGE})`);
    }
  })();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1) fail(`give at most one input file, got ${positionals.length} (${USAGE})`);
  if (!values.jsonl && values.published === undefined) fail(`--published is required without --jsonl (${USAGE})`);
  let published: PartialDate | undefined;
  try {
    published = values.published === undefined ? undefined : publishedDay(values.published, '--published');
  } catch (error) {
    fail((error as Error).message);
  }

  const file = positionals[0];
  let input: string;
  try {
    input = file === undefined || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file ?? 'standard input'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  const output: string[] = [];
  linesOf(input).forEach((line, i) => {
    try {
      const { text, published: day } = values.jsonl ? jsonlRecord(line, published) : { text: line, published: published! };
      const mentions = findDates(text, day).map((m) => ({ start: m.start, end: m.end, text: m.text, datetime: mentionDatetime(m) }));
      output.push(JSON.stringify(mentions));
    } catch (error) {
      if (error instanceof InputError) fail(`line ${i + 1}: ${error.message}`);
      throw error;
    }
  });
  process.stdout.write(output.map((line) => `${line}\n`).join(''));
}

main();
