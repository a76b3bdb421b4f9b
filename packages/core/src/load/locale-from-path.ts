/**
 * The locale a content path names: a suffix like `page.en.md`, else the first folder that is a
 * language tag (`cases/zh/…`, `cases/en-US/…`; folders below it, such as `cases/zh/ai/`, do not count).
 * @example localeFromPath('cases/zh/vesoft.md') // 'zh'
 */
export function localeFromPath(relPath: string): string | null {
  const parts = relPath.split(/[\\/]/);
  const file = parts.pop() ?? '';
  const suffix = /\.([a-z]{2}(?:-[a-z]{2,4})?)\.(?:md|markdown|txt)$/i.exec(file);
  if (suffix) return suffix[1]!.toLowerCase();
  for (let i = 0; i < parts.length; i++) {
    if (/^[a-z]{2}(?:[-_][a-zA-Z]{2,4})?$/.test(parts[i]!)) return parts[i]!.replace('_', '-');
  }
  return null;
}
