/** Items of both lists, each id once, in first-seen order. */
export function unionById<T extends { readonly id: string }>(a: readonly T[], b: readonly T[] = []): T[] {
  return uniqueById([a, b]);
}

/** Items of all the lists, each id once, in first-seen order. */
export function uniqueById<T extends { readonly id: string }>(lists: Iterable<readonly T[]>): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}
