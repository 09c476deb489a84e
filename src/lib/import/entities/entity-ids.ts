/** Ids for new entities: kebab-case ASCII, never an existing entry's. */
import type { KnownEntity } from './types';

/** A kebab-case ASCII id for a name: `USS Gerald R. Ford` → `uss-gerald-r-ford`, `Türkiye` → `turkiye`. */
export function slugify(name: string): string {
  const ascii = name
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}

/** A new entity never takes the id of a different existing one. */
export function uniqueId(base: string, existing: KnownEntity[]): string {
  const taken = new Set(existing.map((entry) => entry.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
