/**
 * Reads the names of every actor and location straight from disk, for the mention plugin: Markdown
 * is rendered while the content collections load, so `getCollection` is not available yet. Lenient
 * on purpose; the build validates these files and reports problems with a fix.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { MentionKind, MentionTarget, MentionTargets } from '../lib/mentions';
import { contentDir } from '../site-config';

/** Actors and locations by id (the file name without `.md`, as in src/content.config.ts). */
export function loadMentionTargets(dir = contentDir): MentionTargets {
  return { actors: readTargets(join(dir, 'actors'), 'actor'), locations: readTargets(join(dir, 'locations'), 'location') };
}

function readTargets(folder: string, kind: MentionKind): Map<string, MentionTarget> {
  const targets = new Map<string, MentionTarget>();
  if (!existsSync(folder)) return targets;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();
  for (const file of files) {
    const { name, aliases } = frontmatterOf(join(folder, file));
    if (typeof name !== 'string') continue;
    const id = basename(file, '.md');
    const others = Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    targets.set(id, { id, kind, names: [name, ...others] });
  }
  return targets;
}

/** Unparseable YAML reads as empty: the build's own error for that file is the one to see. */
function frontmatterOf(path: string): Record<string, unknown> {
  try {
    return parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
  } catch {
    return {};
  }
}
