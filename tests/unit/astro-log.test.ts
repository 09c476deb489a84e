import { describe, expect, it } from 'vitest';
import { countAstroComplaints } from '../../src/node/astro-log';

describe('countAstroComplaints', () => {
  it('counts the warning and error lines Astro prints, as real builds print them', () => {
    const log = [
      '13:56:37 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).',
      '13:19:34 [build] 41 page(s) built in 3.70s',
      '12:00:01 [ERROR] [content] Invalid content reference: actors → nobody',
      '13:30:24 [glob-loader] Reloaded data from 2026-02-20-lavrov-araghchi-call.md',
    ].join('\n');
    expect(countAstroComplaints(log)).toBe(2);
  });

  it('passes a clean build log', () => {
    expect(countAstroComplaints('13:19:34 [build] Complete!\n[content] Synced content\nA story about a [WARNING] sign')).toBe(0);
  });
});
