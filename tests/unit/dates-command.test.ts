/**
 * `npm run dates` for real: the script run in a child process (tsx, as npm runs it), fed from a
 * file and from standard input, in plain and JSONL mode, with bad arguments and bad lines, and
 * under Pacific/Apia, a zone that skipped 30 December 2011.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/dates';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the script as npm does (through tsx), feeding `input` on standard input. */
function dates(args: readonly string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/node', ['node_modules/tsx/dist/cli.mjs', 'scripts/dates.ts', ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

interface Output {
  start: number;
  end: number;
  text: string;
  datetime: string;
}

const parsed = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Output[]);

// Each run starts tsx (about a second); the runs are independent, so they run side by side.
describe.concurrent('npm run dates', { timeout: 60_000 }, () => {
  it('prints one JSON line per line of a file, with the stable keys and offsets into the line', async () => {
    const run = await dates(['--published', '2026-02-20', `${FIXTURES}/story.txt`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${FIXTURES}/story.expected.jsonl`, 'utf8'));
    const lines = readFileSync(`${FIXTURES}/story.txt`, 'utf8').split('\n').slice(0, -1);
    const output = parsed(run.stdout);
    expect(output).toHaveLength(lines.length);
    output.forEach((mentions, i) => {
      for (const m of mentions) {
        expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'datetime']);
        expect(lines[i]!.slice(m.start, m.end)).toBe(m.text);
      }
    });
  });

  it('reads standard input: CRLF, empty lines, UTF-16 offsets past an emoji, a date-time for --published', async () => {
    const run = await dates(['--published', '2026-02-20T23:30:00-05:00'], '\uFEFFTalks 😀 ended on Tuesday.\r\n\r\nThey will meet next week.\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '[{"start":18,"end":25,"text":"Tuesday","datetime":"2026-02-17"}]',
        '[]',
        '[{"start":15,"end":24,"text":"next week","datetime":"2026-W09"}]',
        '',
      ].join('\n'),
    );
    expect('Talks 😀 ended on Tuesday.'.slice(18, 25)).toBe('Tuesday'); // the emoji is two code units
  });

  it('reads JSONL with a publication day per line, from a file and from standard input', async () => {
    const expected = readFileSync(`${FIXTURES}/lines.expected.jsonl`, 'utf8');
    expect((await dates(['--jsonl', `${FIXTURES}/lines.jsonl`])).stdout).toBe(expected);
    expect((await dates(['--jsonl', '-'], readFileSync(`${FIXTURES}/lines.jsonl`, 'utf8'))).stdout).toBe(expected);
  });

  it('lets --published stand in for a JSONL line without "published"', async () => {
    const run = await dates(['--jsonl', '--published', '2026-02-20'], '{"text": "Lavrov spoke on Friday."}\n');
    expect(run.stdout).toBe('[{"start":16,"end":22,"text":"Friday","datetime":"2026-02-20"}]\n');
  });

  it('gives the same answers under TZ=Pacific/Apia, which had no 30 December 2011', async () => {
    const input = 'The cabinet met yesterday.\nThey met last week.\n';
    const utc = await dates(['--published', '2011-12-31'], input, { TZ: 'UTC' });
    const apia = await dates(['--published', '2011-12-31'], input, { TZ: 'Pacific/Apia' });
    expect(utc.stdout).toBe('[{"start":16,"end":25,"text":"yesterday","datetime":"2011-12-30"}]\n[{"start":9,"end":18,"text":"last week","datetime":"2011-W51"}]\n');
    expect(apia.stdout).toBe(utc.stdout);
  });

  it.each([
    ['no --published without --jsonl', [], 'x\n', /^dates: --published is required without --jsonl/],
    ['an impossible --published', ['--published', '2026-02-30'], 'x\n', /^dates: --published: "2026-02-30" is not a date in the calendar/],
    ['an unknown option', ['--published', '2026-02-20', '--tz', 'UTC'], 'x\n', /^dates: Unknown option '--tz'/],
    ['a missing file', ['--published', '2026-02-20', `${FIXTURES}/no-such-file.txt`], '', /^dates: cannot read .*no-such-file\.txt: ENOENT/],
    ['a line that is no JSON', ['--jsonl'], '{"published": "2026-02-20", "text": "ok"}\nnot json\n', /^dates: line 2: not JSON/],
    ['a JSON line that is no object', ['--jsonl'], '["2026-02-20", "text"]\n', /^dates: line 1: expected a JSON object/],
    ['a line without a publication day', ['--jsonl'], '{"text": "On Friday."}\n', /^dates: line 1: no "published", and no --published/],
    ['a line with a bad publication day', ['--jsonl'], '{"published": "2026-02-20", "text": "a"}\n{"published": "20 Feb", "text": "b"}\n', /^dates: line 2: published: "20 Feb" is not an ISO 8601 date/],
    ['a blank line in JSONL', ['--jsonl'], '{"published": "2026-02-20", "text": "a"}\n\n{"published": "2026-02-20", "text": "b"}\n', /^dates: line 2: not JSON/],
  ])('refuses %s: one line on standard error, nothing on standard output, exit code 2', async (_, args, input, message) => {
    const run = await dates(args, input);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
