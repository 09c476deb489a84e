/**
 * Who said what, measured against gold (issue 14): every tests/fixtures/quotes/*.json is either a
 * wire story of tests/fixtures/wire/ (`story`, paragraphs after the headline line) or paragraphs
 * of its own (`paragraphs`, hard cases written for this module), with its speakers and the gold
 * quotations, `speaker: null` where the speaker cannot be told from the text.
 *
 * Precision: attributed quotations whose speaker is the gold one / attributed quotations (a
 * quotation that is not in the gold counts as wrong). Recall: gold quotations with a speaker that
 * were found and given that speaker / gold quotations with a speaker. A quotation whose gold
 * speaker is null must never be attributed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotations, type Speaker } from '../../src/lib/quotes';

interface Fixture {
  story?: string;
  paragraphs?: string[];
  speakers: Speaker[];
  quotes: Array<{ text: string; speaker: string | null }>;
}

const DIR = join(import.meta.dirname, '../fixtures/quotes');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

/** Quotations compared without their edge punctuation, case or kind of apostrophe. */
const norm = (s: string) =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLowerCase();

function paragraphsOf(fixture: Fixture): string[] {
  if (fixture.paragraphs) return fixture.paragraphs;
  const raw = readFileSync(join(DIR, fixture.story!), 'utf8');
  // A wire story: headline (and deck) first; then paragraphs, one a line, or between blank lines
  // when the story has them (the held-out stories of issue 13).
  if (/\n\s*\n/.test(raw.trim())) return raw.trim().split(/\n\s*\n/).slice(1).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return raw.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
}

interface Score {
  name: string;
  attributed: number;
  attributedRight: number;
  gold: number;
  found: number;
  wrongNull: string[];
  misses: string[];
}

function score(name: string, fixture: Fixture): Score {
  const found = findQuotations(paragraphsOf(fixture), fixture.speakers);
  const gold = new Map(fixture.quotes.map((q) => [norm(q.text), q.speaker]));
  const s: Score = { name, attributed: 0, attributedRight: 0, gold: 0, found: 0, wrongNull: [], misses: [] };
  const got = new Map<string, string | undefined>();
  for (const q of found) {
    got.set(norm(q.text), q.speaker);
    if (q.speaker === undefined) continue;
    s.attributed++;
    const want = gold.get(norm(q.text));
    if (want === q.speaker) s.attributedRight++;
    else if (want === null) s.wrongNull.push(`"${q.text}" → ${q.speaker}`);
    else s.misses.push(`wrong: "${q.text}" → ${q.speaker}, gold ${want ?? '(not a gold quote)'}`);
  }
  for (const q of fixture.quotes) {
    if (q.speaker === null) continue;
    s.gold++;
    const have = got.get(norm(q.text));
    if (have === q.speaker) s.found++;
    else if (have === undefined) s.misses.push(`missed: "${q.text}" (${got.has(norm(q.text)) ? 'unattributed' : 'not found'}), gold ${q.speaker}`);
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe('quotations against the gold fixtures', () => {
  const scores = FILES.map((f) => score(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture));

  it('has at least 8 wire stories and 2 sets of its own', () => {
    const fixtures = FILES.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture);
    expect(fixtures.filter((f) => f.story).length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.paragraphs).length).toBeGreaterThanOrEqual(2);
    for (const f of fixtures) if (f.story) expect(dirname(f.story)).toBe('../wire');
  });

  it('reaches precision >= 0.95 and recall >= 0.85 overall', () => {
    for (const s of scores) {
      const line = `${s.name}: precision ${s.attributedRight}/${s.attributed} ${pct(ratio(s.attributedRight, s.attributed))}, recall ${s.found}/${s.gold} ${pct(ratio(s.found, s.gold))}`;
      console.log([line, ...s.misses.map((m) => `    ${m}`)].join('\n'));
    }
    const sum = (k: 'attributed' | 'attributedRight' | 'gold' | 'found') => scores.reduce((n, s) => n + s[k], 0);
    const precision = ratio(sum('attributedRight'), sum('attributed'));
    const recall = ratio(sum('found'), sum('gold'));
    console.log(`overall (${scores.length} fixtures): precision ${sum('attributedRight')}/${sum('attributed')} ${pct(precision)}, recall ${sum('found')}/${sum('gold')} ${pct(recall)}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never attributes a quotation whose speaker cannot be told', () => {
    expect(scores.flatMap((s) => s.wrongNull.map((w) => `${s.name}: ${w}`))).toEqual([]);
  });

  it('finds every gold quotation, attributed or not', () => {
    const missing = FILES.flatMap((f) => {
      const fixture = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture;
      const found = new Set(findQuotations(paragraphsOf(fixture), fixture.speakers).map((q) => norm(q.text)));
      return fixture.quotes.filter((q) => !found.has(norm(q.text))).map((q) => `${f}: "${q.text}"`);
    });
    expect(missing).toEqual([]);
  });
});
