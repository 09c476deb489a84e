/**
 * The bad-content corpus (tests/fixtures/bad/<case>/): each case overlays a few files on a small
 * valid content folder (_base). For every case, `npm run check` and `npm run build` must exit as
 * case.json says, name the file (relative to the project), the field, the line and the fix, report
 * every problem of the run, and a failed build must leave the previous site byte-for-byte as it was.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/build';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/bad';
const WORK = 'tests/.output/bad';
const SITE = join(WORK, 'site');
const tsx = 'node_modules/tsx/dist/cli.mjs';

interface Case {
  exit: number;
  expect: string[];
}

/**
 * Cases that are bytes, not text, are made here rather than committed; so are links, pipes and
 * names that some file systems or checkouts would not keep as written (`setup` makes them).
 */
const GENERATED: Record<string, { files: Record<string, Buffer>; setup?: (content: string) => void; case: Case }> = {
  'file-over-1-mib': {
    files: { 'articles/huge.md': Buffer.from(`---\ntitle: Huge\n---\n${'word '.repeat(220_000)}`) },
    case: { exit: 1, expect: ['articles/huge.md: error: the file is 1.0 MiB, over the 1 MiB limit for content files. Fix: split it'] },
  },
  'not-utf-8': {
    files: { 'articles/latin1.md': Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]) },
    case: { exit: 1, expect: ['articles/latin1.md: error: the file is not UTF-8 text. Fix: save it as UTF-8'] },
  },
};

/** The base story with `change` applied to its text. */
const baseStory = (change: (text: string) => string) => Buffer.from(change(readFileSync(join(FIXTURES, '_base/content/articles/2026-02-20-good.md'), 'utf8')));

Object.assign(GENERATED, {
  'control-character-raw': {
    files: { 'articles/bad.md': baseStory((text) => text.replace('spoke on Friday', 'spoke\u0007 on Friday')) },
    case: { exit: 1, expect: ['articles/bad.md:12: error: the file contains the control character U+0007, which no feed can carry. Fix: delete it'] },
  },
  'yaml-alias-amplification': {
    files: {
      'articles/bad.md': baseStory((text) =>
        text.replace(/events:[\s\S]*?\n---/, `events: [&e {date: 2026-02-20, title: Lavrov speaks., actors: [sergey-lavrov]}${', *e'.repeat(100_000)}]\n---`),
      ),
    },
    case: { exit: 1, expect: ['articles/bad.md:7: error: the frontmatter holds more than 10,000 values once its YAML aliases (*name) are expanded. Fix: write each value out where it belongs'] },
  },
  'yaml-nested-too-deeply': {
    files: { 'articles/bad.md': baseStory((text) => text.replace('source: Wire', `source: Wire\nnotes: ${'['.repeat(5000)}${']'.repeat(5000)}`)) },
    case: { exit: 1, expect: ['articles/bad.md:6: error: the frontmatter is nested too deeply'] },
  },
} satisfies typeof GENERATED);

/** A copy of the base story under another name: valid, apart from what its name does. */
const storyNamed = (name: string) => ({ [`articles/${name}`]: baseStory((text) => text) });

Object.assign(GENERATED, {
  'symlink-dangling': {
    files: {},
    setup: (content) => symlinkSync('2026-02-19-gone.md', join(content, 'articles/2026-02-19-next.md')),
    case: { exit: 1, expect: ['articles/2026-02-19-next.md: error: this is a symbolic link to 2026-02-19-gone.md, which does not exist. Fix: remove the link'] },
  },
  'symlink-folder-outside-project': {
    files: {},
    setup: (content) => symlinkSync('/etc', join(content, 'articles/system')),
    case: { exit: 1, expect: ['articles/system: error: this is a symbolic link to /etc, outside the project. Fix: copy the file into the content folder'] },
  },
  'symlink-to-dev-zero': {
    files: {},
    setup: (content) => symlinkSync('/dev/zero', join(content, 'articles/zero.md')),
    case: { exit: 1, expect: ['articles/zero.md: error: this is a symbolic link to /dev/zero, outside the project'] },
  },
  'symlink-loop': {
    files: {},
    setup: (content) => {
      symlinkSync('..', join(content, 'articles/again'));
      symlinkSync('b.md', join(content, 'actors/a.md'));
      symlinkSync('a.md', join(content, 'actors/b.md'));
    },
    case: {
      exit: 1,
      expect: [
        'articles/again: error: this symbolic link makes a loop: it leads back to',
        'actors/a.md: error: this symbolic link makes a loop: following it never reaches a file. Fix: remove the link',
      ],
    },
  },
  // Followed: the rule is about where a link leads, not that it is one.
  'symlink-inside-project': {
    files: {},
    setup: (content) => symlinkSync(resolve(FIXTURES, '_base/content/articles/2026-02-20-good.md'), join(content, 'articles/2026-02-20-linked.md')),
    case: { exit: 0, expect: [] },
  },
  'image-link-outside-project': {
    files: { 'articles/bad.md': baseStory((text) => `${text}\n![The minister](minister.png)\n`) },
    setup: (content) => symlinkSync('/etc/hostname', join(content, 'articles/minister.png')),
    case: { exit: 1, expect: ['articles/bad.md:14: error: the picture "minister.png" is a link to a file outside the project. Fix: copy the picture into the project'] },
  },
  // The site's own files in public/ are pictures a story may show, SVG included.
  'image-from-public': {
    files: { 'articles/bad.md': baseStory((text) => `${text}\n![The site's mark](/favicon.svg)\n`) },
    case: { exit: 0, expect: [] },
  },
  'fifo-named-md': {
    files: {},
    setup: (content) => execFileSync('mkfifo', [join(content, 'articles/2026-02-20-pipe.md')]),
    case: { exit: 1, expect: ['articles/2026-02-20-pipe.md: error: this is a named pipe (FIFO), not a regular file. Fix: remove it'] },
  },
  'folder-named-md': {
    files: { 'articles/2026-02-20-story.md/notes.txt': Buffer.from('notes') },
    case: { exit: 1, expect: ['articles/2026-02-20-story.md: error: this is a folder, not a content file, although its name ends in .md. Fix: rename the folder'] },
  },
  'name-with-space': {
    files: storyNamed('lavrov call.md'),
    case: { exit: 1, expect: ['articles/lavrov call.md: error: the file name "lavrov call" is not a kebab-case id: it holds a space. Fix: rename the file to lavrov-call.md'] },
  },
  'name-with-double-dot': {
    files: storyNamed('a..b.md'),
    case: { exit: 1, expect: ['articles/a..b.md: error: the file name "a..b" is not a kebab-case id: it holds a dot. Fix: rename the file to a-b.md'] },
  },
  'name-with-leading-hyphen': {
    files: storyNamed('-lead.md'),
    case: { exit: 1, expect: ['articles/-lead.md: error: the file name "-lead" is not a kebab-case id: it must begin and end with a letter or a digit'] },
  },
  'name-with-cyrillic-homoglyph': {
    files: storyNamed('lavrov-t\u0430lks.md'),
    case: { exit: 1, expect: ['articles/lavrov-t\u0430lks.md: error: the file name "lavrov-t\u0430lks" is not a kebab-case id: it holds the Cyrillic letter "\u0430" (U+0430), which looks like the Latin "a". Fix: rename the file to lavrov-talks.md'] },
  },
  'names-nfc-and-nfd': {
    files: { ...storyNamed('caf\u00e9.md'), ...storyNamed('cafe\u0301.md') },
    case: {
      exit: 1,
      expect: [
        'articles/caf\u00e9.md: error: duplicate id "caf\u00e9": tests/.output/bad/names-nfc-and-nfd/content/articles/cafe\u0301.md has the same file name (written with another Unicode form of the same letters)',
        'articles/cafe\u0301.md: error: the file name "cafe\u0301" is not a kebab-case id: it holds a combining mark (U+0301)',
      ],
    },
  },
  'skipped-files-named': {
    files: {
      'articles/2026-02-21-later.MD': Buffer.from('x'),
      'articles/2026-02-21-other.markdown': Buffer.from('x'),
      'articles/.2026-02-21-draft.md': Buffer.from('x'),
      'loose-story.md': Buffer.from('x'),
    },
    case: {
      exit: 0,
      expect: [
        'articles/2026-02-21-later.MD: warning: this file is not read: content files end in .md (lowercase). Fix: rename it to 2026-02-21-later.md',
        'articles/2026-02-21-other.markdown: warning: this file is not read: content files end in .md (lowercase). Fix: rename it to 2026-02-21-other.md',
        'articles/.2026-02-21-draft.md: warning: this hidden file or folder is not read. Fix: rename it without the leading dot',
        'loose-story.md: warning: this file is not read: content files belong in the articles/, actors/, locations/ folders of',
      ],
    },
  },
} satisfies typeof GENERATED);

const committed = readdirSync(FIXTURES).filter((name) => !name.startsWith('_')).sort();
const cases = [...committed, ...Object.keys(GENERATED)];

function prepare(name: string): { content: string; spec: Case } {
  const content = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  cpSync(join(FIXTURES, '_base/content'), content, { recursive: true });
  if (name === '_good') return { content, spec: { exit: 0, expect: [] } };
  const generated = GENERATED[name];
  if (generated) {
    for (const [path, bytes] of Object.entries(generated.files)) {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), bytes);
    }
    generated.setup?.(content);
    return { content, spec: generated.case };
  }
  cpSync(join(FIXTURES, name, 'content'), content, { recursive: true });
  return { content, spec: JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as Case };
}

/** Runs `args` on this Node (scripts/build.mjs strips its own types; the others need tsx). */
async function command(args: string[], content: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      env: { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: join(WORK, 'cache'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof code === 'number' ? code : 1, output: stdout + stderr };
  }
}

/** A digest of every file's path and bytes under `dir`. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    hash.update(file);
    try {
      hash.update(readFileSync(path));
    } catch {
      // a directory
    }
  }
  return hash.digest('hex');
}

const strays = () => readdirSync(WORK).filter((name) => name.startsWith('site.'));

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  const { content } = prepare('_good');
  const first = await command(['scripts/build.mjs', '--out-dir', SITE], content);
  if (first.code !== 0) throw new Error(first.output);
}, 300_000);

describe('the bad-content corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (name) => {
    const { content, spec } = prepare(name);
    const before = treeDigest(SITE);
    const [check, build] = await Promise.all([
      command([tsx, 'scripts/check.ts', '--content-only'], content),
      command(['scripts/build.mjs', '--out-dir', SITE], content),
    ]);
    expect(check.code, check.output).toBe(spec.exit);
    expect(build.code, build.output).toBe(spec.exit);
    for (const expected of spec.expect) {
      const line = /^(articles|actors|locations)\/|^[\w-]+\.md:/.test(expected) ? `${content}/${expected}` : expected;
      expect(check.output, 'npm run check').toContain(line);
      expect(build.output, 'npm run build').toContain(line);
    }
    if (spec.exit !== 0) {
      expect(build.output).toMatch(/Build failed: the previous .* is unchanged/);
      expect(treeDigest(SITE)).toBe(before);
    } else {
      expect(existsSync(join(SITE, 'index.html'))).toBe(true);
    }
    expect(strays()).toEqual([]);
  }, 120_000);
});
