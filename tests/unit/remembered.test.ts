import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/remembered';

describe('remembered', () => {
  it('computes each key once and returns what it computed', () => {
    const calls: string[] = [];
    const upper = remembered((text: string) => (calls.push(text), text.toUpperCase()));
    expect([upper('mar'), upper('apr'), upper('mar')]).toEqual(['MAR', 'APR', 'MAR']);
    expect(calls).toEqual(['mar', 'apr']);
  });

  it('starts over past its limit instead of growing without bound', () => {
    let calls = 0;
    const square = remembered((n: number) => (calls++, n * n), 2);
    square(1);
    square(2);
    square(3); // forgets 1 and 2
    square(1);
    expect(calls).toBe(4);
    expect(square(3)).toBe(9);
    expect(calls).toBe(4);
  });
});
