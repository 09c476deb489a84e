/** Page digests: what makes the build skip a page must change whenever the page's props do. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDigester } from '../../src/lib/digest';

const digest = (value: unknown) => createDigester()(value);

describe('createDigester', () => {
  it('gives equal values equal digests, whatever their identity', () => {
    const a = { title: 'Talks resume', date: { iso: '2026-02-17', precision: 'day' }, actors: ['iran', 'oman'] };
    const b = structuredClone(a);
    expect(digest(a)).toBe(digest(b));
    expect(digest(new Map([['x', a]]))).toBe(digest(new Map([['x', b]])));
  });

  it('tells apart values that differ anywhere, in order, type or key', () => {
    const variants = [
      { a: 1, b: [1, 2] },
      { a: 1, b: [2, 1] },
      { b: [1, 2], a: 1 },
      { a: '1', b: [1, 2] },
      { a: 1, b: [1, 2], c: undefined },
      { a: 1, b: [1, [2]] },
      { a: 1, b: new Map([[1, 2]]) },
      { a: 1, b: new Set([1, 2]) },
      { a: 1, b: [1, 2, null] },
      ['a', 1, 'b', [1, 2]],
    ];
    expect(new Set(variants.map(digest)).size).toBe(variants.length);
  });

  it('uses the digests it is given for known objects, and never walks them', () => {
    const entry = { id: 'x', get html(): string { throw new Error('read'); } };
    const known = new WeakMap<object, string>([[entry, 'E:x@1']]);
    const first = createDigester(known)({ entry });
    expect(createDigester(new WeakMap([[entry, 'E:x@1']]))({ entry })).toBe(first);
    expect(createDigester(new WeakMap([[entry, 'E:x@2']]))({ entry })).not.toBe(first);
  });

  it('refuses functions, which no later build could compare', () => {
    expect(() => digest({ render: () => '' })).toThrow(/cannot digest a function/);
  });

  it('changes when any leaf of a random value changes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, extra) => {
        const changed = { value, extra };
        const other = { value, extra: `${extra}!` };
        expect(digest(changed)).not.toBe(digest(other));
        expect(digest(changed)).toBe(digest(structuredClone(changed)));
      }),
    );
  });
});
