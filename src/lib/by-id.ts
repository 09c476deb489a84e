/** Items of both lists, each id once, in first-seen order. */
export function unionById<T extends { readonly id: string }>(a: readonly T[], b: readonly T[] = []): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}
