/**
 * The editor's content lint (`npm run check`): everything the build would refuse, plus editorial
 * warnings the build never fails on — a date in the text with no event, an actor listed but never
 * named, an actor named but not listed. Every message names the file, the line and the fix.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { spanFirstDay, spanLastDay, type DateSpan } from '../date-span';
import { formatDateSpan, formatPartialDate } from '../format';
import { createMentionMatcher, findMentions, type MentionMatcher, type MentionTarget } from '../mentions';
import type { ActorEntry, LocationEntry } from '../model';
import { findDates, type DateMention } from '../news-dates';
import { firstDay } from '../partial-date';
import { findReferenceProblems } from '../references';
import { actorSchema } from '../../schemas/actor';
import { articleSchema, eventSchema, type ArticleData } from '../../schemas/article';
import { locationSchema } from '../../schemas/location';
import { lineAt, type CollectionName, type ParsedContentFile } from './content-file';
import { fileNameProblem } from './file-names';
import { findImages, imageSource, type ImageSource } from '../story-images';
import { locateFrontmatter, type FieldPath } from './locate';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly file: string;
  /** From 1, where the problem has a place in the file. */
  readonly line?: number | undefined;
  /** Frontmatter field path such as `events[2].date`. */
  readonly field?: string | undefined;
  readonly message: string;
  readonly fix: string;
}

const SCHEMAS = { articles: articleSchema, actors: actorSchema, locations: locationSchema } as const;

interface Valid<T> {
  readonly file: ParsedContentFile;
  readonly entry: { id: string; filePath: string; data: T };
}

export interface LintOptions {
  /** The content folder as the editor knows it, for fixes that name new files. */
  readonly contentDir?: string;
  /** Also read the story text for editorial warnings (default true; the build only needs errors). */
  readonly warnings?: boolean;
  /** What is wrong with the pictures from disk a file shows (that they exist: src/node/image-files.ts). */
  readonly imageProblems?: (file: ParsedContentFile, images: readonly FileImage[]) => readonly Diagnostic[];
}

/** A picture from disk that a file's text shows, and the line that names it. */
export type FileImage = ImageSource & { readonly url: string; readonly line: number };

/** One file's own errors (YAML, schema, events after publication), and its validated data when it has none. */
export interface FileLint {
  readonly data?: unknown;
  readonly diagnostics: readonly Diagnostic[];
  /** The pictures from disk its text shows; that they exist is for the caller to check. */
  readonly images?: readonly FileImage[];
}

/**
 * The errors a file has on its own, whatever the other files say: a pure function of the file, so
 * the build can keep its result for as long as the file's text is unchanged.
 */
export function lintFile(file: ParsedContentFile, contentDir = 'content'): FileLint {
  const diagnostics: Diagnostic[] = [];
  const badName = fileNameProblem(file);
  if (badName) diagnostics.push(badName);
  const data = validate(file, diagnostics);
  if (data !== undefined && file.collection === 'articles') {
    diagnostics.push(...futureEvents({ file, entry: { id: file.id, filePath: file.filePath, data: data as ArticleData } }));
  }
  const images: FileImage[] = [];
  for (const { url, line } of findImages(file.body)) {
    const source = imageSource(url, file.filePath, contentDir);
    const at = file.bodyLine + line - 1;
    if ('problem' in source) diagnostics.push({ severity: 'error', file: file.filePath, line: at, ...source.problem });
    else images.push({ ...source, url, line: at });
  }
  return { data, diagnostics, ...(images.length > 0 && { images }) };
}

/** Errors between files: duplicate ids and references to entries that do not exist. */
export function lintAcrossFiles(
  files: readonly ParsedContentFile[],
  linted: ReadonlyMap<ParsedContentFile, FileLint>,
  contentDir = 'content',
): Diagnostic[] {
  return [...duplicateIds(files), ...brokenReferences(validFiles(files, linted), contentDir)];
}

function validFiles(files: readonly ParsedContentFile[], linted: ReadonlyMap<ParsedContentFile, FileLint>) {
  const valid = { articles: [] as Valid<ArticleData>[], actors: [] as Valid<ActorEntry['data']>[], locations: [] as Valid<LocationEntry['data']>[] };
  for (const file of files) {
    const { data } = linted.get(file)!;
    if (data !== undefined) (valid[file.collection] as Valid<unknown>[]).push({ file, entry: { id: file.id, filePath: file.filePath, data } });
  }
  return valid;
}

/** Sorted by file and line, as every command prints them. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}

/** Lints every file at once; diagnostics come sorted by file and line. */
export function lintContent(files: readonly ParsedContentFile[], options: LintOptions = {}): Diagnostic[] {
  const { contentDir = 'content', warnings = true, imageProblems } = options;
  const linted = new Map(files.map((file) => [file, lintFile(file, contentDir)]));
  const diagnostics: Diagnostic[] = [...[...linted.values()].flatMap((lint) => lint.diagnostics), ...lintAcrossFiles(files, linted, contentDir)];
  if (imageProblems) for (const [file, lint] of linted) if (lint.images) diagnostics.push(...imageProblems(file, lint.images));
  if (warnings) {
    const valid = validFiles(files, linted);
    const actorTargets = valid.actors.map(({ entry }): MentionTarget => ({
      id: entry.id,
      kind: 'actor',
      names: [entry.data.name, ...entry.data.aliases],
    }));
    const allActors = createMentionMatcher(actorTargets);
    for (const article of valid.articles) diagnostics.push(...editorialWarnings(article, actorTargets, allActors, contentDir));
  }
  return sortDiagnostics(diagnostics);
}

/**
 * Ids are file names, unique per collection regardless of case, subfolder or Unicode form (one
 * "é" is one code point on one file system and two on another).
 */
function duplicateIds(files: readonly ParsedContentFile[]): Diagnostic[] {
  const groups = new Map<string, ParsedContentFile[]>();
  for (const file of files) {
    const key = `${file.collection}/${file.id.normalize('NFC').toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((file) => ({
        severity: 'error' as const,
        file: file.filePath,
        message: `duplicate id "${file.id}": ${group
          .filter((other) => other !== file)
          .map((other) => other.filePath)
          .join(', ')} has the same file name${sameNameNote(file, group)}`,
        fix: `rename one of them: the file name is the id, and ids must differ in more than case`,
      })),
    );
}

function sameNameNote(file: ParsedContentFile, group: readonly ParsedContentFile[]): string {
  const others = group.filter((other) => other !== file);
  if (others.some((other) => other.id !== file.id && other.id.normalize('NFC') === file.id.normalize('NFC'))) return ' (written with another Unicode form of the same letters)';
  return others.some((other) => other.id !== file.id) ? ' (ignoring case)' : '';
}

function validate(file: ParsedContentFile, diagnostics: Diagnostic[]): unknown {
  if (file.fileError) {
    const { message, line, fix } = file.fileError;
    diagnostics.push({ severity: 'error', file: file.filePath, line, message, fix });
    return undefined;
  }
  const schema: z.ZodType = SCHEMAS[file.collection];
  const result = schema.safeParse(file.data ?? {});
  if (result.success) return result.data;
  const locate = locateFrontmatter(file.frontmatter, file.frontmatterLine);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(file.collection, issue.path);
        const guess = known.length ? closest(key, known) : undefined;
        diagnostics.push({
          severity: 'error',
          file: file.filePath,
          line: locate.keyLine(issue.path as FieldPath, key),
          field: fieldName([...issue.path, key]),
          message: `unknown field "${key}"`,
          fix: `${guess ? `rename it to "${guess}" or ` : ''}remove it; ${describeKeys(known)}`,
        });
      }
      continue;
    }
    const missing = valueAt(file.data, issue.path) === undefined;
    diagnostics.push({
      severity: 'error',
      file: file.filePath,
      line: locate.line(issue.path as FieldPath),
      field: fieldName(issue.path),
      message: missing ? 'this required field is missing' : issue.message,
      fix: fixFor(issue, fieldName(issue.path), missing),
    });
  }
  return undefined;
}

function knownKeys(collection: CollectionName, path: readonly PropertyKey[]): string[] {
  if (collection === 'articles' && path[0] === 'events' && path.length === 2) return Object.keys(eventSchema.shape);
  if (path.length > 0) return [];
  return Object.keys(SCHEMAS[collection].shape);
}

function describeKeys(keys: readonly string[]): string {
  return keys.length ? `the fields here are ${keys.join(', ')}` : 'see the content format in README.md';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list, e.g. [a, b]',
  number: 'a number',
  boolean: 'true or false',
  object: 'a set of fields',
};

function fixFor(issue: z.core.$ZodIssue, field: string, missing: boolean): string {
  const options = issue.code === 'invalid_value' ? issue.values.map((v) => JSON.stringify(v)).join(', ') : '';
  if (missing) return `add "${field}"${options ? `: one of ${options}` : ''} (see the content format in README.md)`;
  if (issue.code === 'invalid_type') return `make "${field}" ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (options) return `use one of ${options}`;
  // A custom check says what to do itself (src/schemas/fields.ts).
  if (issue.code === 'custom' && typeof issue.params?.fix === 'string') return issue.params.fix;
  return `correct "${field}" as the message says (the content format is in README.md)`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** `events.2.actors.0` as the editor reads it: `events[2].actors[0]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') || '(frontmatter)';
}

function brokenReferences(
  valid: { articles: Valid<ArticleData>[]; actors: Valid<ActorEntry['data']>[]; locations: Valid<LocationEntry['data']>[] },
  contentDir: string,
): Diagnostic[] {
  const files = new Map([...valid.articles, ...valid.actors, ...valid.locations].map(({ file }) => [file.filePath, file]));
  const problems = findReferenceProblems({
    articles: valid.articles.map((v) => v.entry),
    actors: valid.actors.map((v) => v.entry),
    locations: valid.locations.map((v) => v.entry),
  }, contentDir);
  return problems.map((problem) => {
    const file = files.get(problem.file);
    const path = problem.field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return {
      severity: 'error' as const,
      file: problem.file,
      line: file && locateFrontmatter(file.frontmatter, file.frontmatterLine).line(path),
      field: problem.field,
      message: problem.message,
      fix: problem.fix,
    };
  });
}

/** An event dated after publication must say it was anticipated (`status: expected`). */
function futureEvents({ file, entry }: Valid<ArticleData>): Diagnostic[] {
  const { data } = entry;
  const locate = locateFrontmatter(file.frontmatter, file.frontmatterLine);
  const published = firstDay(data.published.date);
  const diagnostics: Diagnostic[] = [];
  data.events.forEach((event, i) => {
    if (event.status === 'expected' || spanFirstDay(event.date) <= published) return;
    diagnostics.push({
      severity: 'error',
      file: file.filePath,
      line: locate.line(['events', i, 'date']),
      field: `events[${i}].date`,
      message: `"${event.title}" is dated ${formatDateSpan(event.date)}, after publication (${formatPartialDate(data.published.date)}), but not expected`,
      fix: 'add "status: expected" if it was anticipated, or correct the date',
    });
  });

  return diagnostics;
}

function editorialWarnings(
  article: Valid<ArticleData>,
  actorTargets: readonly MentionTarget[],
  allActors: MentionMatcher,
  contentDir: string,
): Diagnostic[] {
  const { file, entry } = article;
  const { data } = entry;
  const locate = locateFrontmatter(file.frontmatter, file.frontmatterLine);
  const bodyLine = (offset: number) => file.bodyLine + lineAt(file.body, offset) - 1;
  const diagnostics: Diagnostic[] = [];

  for (const mention of findDates(file.body, data.published.date)) {
    if (data.events.some((event) => overlaps(event.date, mention.value))) continue;
    diagnostics.push({
      severity: 'warning',
      file: file.filePath,
      line: bodyLine(mention.start),
      message: `"${mention.text}" (${describe(mention)}) has no event in the frontmatter: "${mention.sentence.text.trim()}"`,
      fix: `add an event dated ${mention.value.start.iso} if this is news the timeline should show`,
    });
  }

  const listed = new Set([...data.actors, ...data.events.flatMap((event) => event.actors)]);
  const own = createMentionMatcher(actorTargets.filter((target) => data.actors.includes(target.id)));
  const named = new Set(findMentions(own, file.body).map((mention) => mention.id));
  data.actors.forEach((id, i) => {
    if (named.has(id) || !actorTargets.some((t) => t.id === id)) return;
    diagnostics.push({
      severity: 'warning',
      file: file.filePath,
      line: locate.line(['actors', i]),
      field: `actors[${i}]`,
      message: `actor "${id}" is never named in the text`,
      fix: `add the name the text uses to "aliases" in ${contentDir}/actors/${id}.md, or remove "${id}" from actors`,
    });
  });

  const reported = new Set<string>();
  for (const mention of findMentions(allActors, file.body)) {
    if (listed.has(mention.id) || reported.has(mention.id)) continue;
    reported.add(mention.id);
    diagnostics.push({
      severity: 'warning',
      file: file.filePath,
      line: bodyLine(mention.start),
      message: `the text names "${file.body.slice(mention.start, mention.end)}" (actor "${mention.id}"), who is not in actors`,
      fix: `add "${mention.id}" to actors`,
    });
  }
  return diagnostics;
}

function overlaps(event: DateSpan, mention: DateSpan): boolean {
  return spanFirstDay(event) <= spanLastDay(mention) && spanFirstDay(mention) <= spanLastDay(event);
}

function describe(mention: DateMention): string {
  return mention.value.end ? formatDateSpan(mention.value) : formatPartialDate(mention.value.start);
}

/** `file:line: severity: field: message. Fix: …` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity}: ${d.field ? `${d.field}: ` : ''}${d.message}. Fix: ${d.fix}.`;
}
