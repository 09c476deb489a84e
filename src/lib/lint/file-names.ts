/**
 * A content file's name is its id, and its id is a URL: `content/actors/sergey-lavrov.md` is
 * `/actors/sergey-lavrov/`. Names that are not kebab-case ASCII make URLs that differ from what
 * the editor typed (a space, a capital), that look alike but differ (a Cyrillic "а" for a Latin
 * "a", an accent stored as two code points in one file system and one in another), or that
 * routers read as something else (`a..b`, `-lead`).
 */
import { slugify } from '../import/entities/entity-ids';
import { codePoint } from '../characters';
import { ID_PATTERN } from '../../schemas/fields';
import type { ParsedContentFile } from './content-file';
import type { Diagnostic } from './lint-content';

/** Letters of other scripts that render like Latin ones, as an editor would have meant them. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

/** The error for a file whose name is not a kebab-case id, or undefined. */
export function fileNameProblem(file: Pick<ParsedContentFile, 'id' | 'filePath'>): Diagnostic | undefined {
  if (ID_PATTERN.test(file.id)) return undefined;
  const suggestion = suggestedId(file.id);
  return {
    severity: 'error',
    file: file.filePath,
    message: `the file name "${file.id}" is not a kebab-case id: ${whatIsWrong(file.id)}`,
    fix: `rename the file to ${suggestion}.md (file names are ids and URLs: lowercase letters, digits and single hyphens)`,
  };
}

function whatIsWrong(id: string): string {
  for (const char of id) {
    if (/[a-z0-9-]/.test(char)) continue;
    if (LOOKALIKES[char.toLowerCase()]) {
      const script = /\p{Script=Cyrillic}/u.test(char) ? 'Cyrillic' : 'Greek';
      return `it holds the ${script} letter "${char}" (${codePoint(char)}), which looks like the Latin "${LOOKALIKES[char.toLowerCase()]}"`;
    }
    if (/\p{M}/u.test(char)) return `it holds a combining mark (${codePoint(char)}), an accent written as a separate character`;
    if (/[A-Z]/.test(char)) return 'it has capital letters';
    if (/\s/.test(char)) return 'it holds a space';
    if (char === '.') return 'it holds a dot';
    if (/[\p{L}\p{N}]/u.test(char)) return `it holds "${char}" (${codePoint(char)}), which is not ASCII`;
    return `it holds "${char}" (${codePoint(char)})`;
  }
  return 'it must begin and end with a letter or a digit, with single hyphens between words';
}

function suggestedId(id: string): string {
  const latin = [...id.normalize('NFC')].map((char) => LOOKALIKES[char] ?? LOOKALIKES[char.toLowerCase()]?.toUpperCase() ?? char).join('');
  const slug = slugify(latin);
  return slug === 'entity' && !/entity/i.test(id) ? 'a-kebab-case-name' : slug;
}
