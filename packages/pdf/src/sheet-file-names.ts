import { createHash } from 'node:crypto';

import type { Case } from '@cases/core/browser';

/** File name of the brochure in the output folder (`brochure.<locale>.pdf` when several locales get one each). */
export const BROCHURE_FILE = 'brochure.pdf';

/** The brochure's file name for a locale, when `several` locales get a brochure each. */
export function brochureFileName(locale: string, several: boolean): string {
  return several ? `brochure.${safeName(locale, 'locale')}.pdf` : BROCHURE_FILE;
}

type Named = Pick<Case, 'id' | 'locale'> & { source?: { path: string } };

const MAX_ID_BYTES = 150;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file-name-safe form of an id or locale: letters, marks, digits, `_`, `-` and inner dots
 * kept; anything else (slashes, controls, bidi marks, spaces, `:`…) becomes `-`; no leading
 * dot (no hidden file, no `..`); at most 150 UTF-8 bytes.
 */
function safeName(raw: string, fallback: string): string {
  let s = raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_.-]/gu, '-')
    .replace(/^[.]+/, '')
    .replace(/[. ]+$/, '');
  while (Buffer.byteLength(s) > MAX_ID_BYTES) s = [...s].slice(0, -1).join('');
  if (!s) s = fallback;
  return WINDOWS_RESERVED.test(s) ? `${s}-` : s;
}

/** How file systems compare names: case-insensitively on macOS and Windows, and by NFC form. */
const fold = (name: string) => name.normalize('NFC').toLowerCase();

const documentOf = (c: Named) => `${c.locale}\u0000${c.id}\u0000${c.source?.path ?? ''}`;

const shortHash = (c: Named, length: number) => createHash('sha256').update(documentOf(c)).digest('hex').slice(0, length);

/**
 * The sheet file name of every case, decided over the whole collection so a name never depends
 * on which cases a run (or a shard) renders: `<id>.pdf`; `<id>.<locale>.pdf` when the id exists
 * in several locales; and, when two cases would still get the same name (ids that differ only
 * by letter case or by characters a file name cannot hold, the same locale and id in two files,
 * an id that would overwrite the brochure), `<id>.<locale>.<hash>.pdf` for each of them, the
 * hash taken from locale, id and source path. Names are unique whatever the ids contain, and
 * stable: adding a case renames only cases it collides with.
 * @returns a function from a case of `all` to its file name
 */
export function createSheetNamer(all: readonly Named[]): (c: Named) => string {
  const localesOf = new Map<string, Set<string>>();
  for (const c of all) {
    const id = fold(safeName(c.id, 'case'));
    if (!localesOf.has(id)) localesOf.set(id, new Set());
    localesOf.get(id)!.add(c.locale);
  }
  const candidate = (c: Named) => {
    const id = safeName(c.id, 'case');
    return localesOf.get(fold(id))!.size > 1 ? `${id}.${safeName(c.locale, 'locale')}.pdf` : `${id}.pdf`;
  };
  const users = new Map<string, Set<string>>();
  for (const c of all) {
    const name = fold(candidate(c));
    if (!users.has(name)) users.set(name, new Set());
    users.get(name)!.add(documentOf(c));
  }
  const isBrochure = (name: string) => /^brochure(\.[^.]*)?\.pdf$/.test(name);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const colliding: Named[] = [];
  for (const c of all) {
    const key = documentOf(c);
    if (names.has(key)) continue;
    const name = candidate(c);
    if (users.get(fold(name))!.size > 1 || isBrochure(fold(name))) {
      names.set(key, '');
      colliding.push(c);
    } else {
      names.set(key, name);
      taken.add(fold(name));
    }
  }
  // Colliding cases are named after the unique ones, so a hashed name never takes a name a
  // case would get on its own; an adversarial id equal to a hashed name gets a longer hash.
  for (const c of colliding) {
    const stem = `${safeName(c.id, 'case')}.${safeName(c.locale, 'locale')}`;
    let name = `${stem}.${shortHash(c, 8)}.pdf`;
    for (let n = 2; taken.has(fold(name)); n++) name = `${stem}.${shortHash(c, 32)}${n > 2 ? `-${n}` : ''}.pdf`;
    taken.add(fold(name));
    names.set(documentOf(c), name);
  }
  return (c) => names.get(documentOf(c)) ?? createSheetNamer([...all, c])(c);
}

/**
 * The file name of one case sheet among `all` cases; see {@link createSheetNamer} (use that
 * for many cases: this decides every name each call).
 */
export function sheetFileName(c: Named, all: readonly Named[]): string {
  return createSheetNamer(all)(c);
}
