/**
 * Whether two lists hold the same objects in the same order. An index built again after an edit
 * keeps an earlier part (a profile, a period) when its lists are the same objects, so that the
 * pages made from it are recognised as unchanged without walking them.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}
