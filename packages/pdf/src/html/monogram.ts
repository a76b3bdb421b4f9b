import { escapeHtml } from './escape-html.js';

const PALETTE = ['#1f4e8c', '#0f766e', '#7c3aed', '#b45309', '#be123c', '#0e7490', '#4d7c0f', '#1f2a44'];
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const NOISE = /^(inc|ltd|llc|co|corp|corporation|company|the|group|gmbh|sa|ag)\.?$/i;

/**
 * Initials for a company without a usable logo: the first two CJK characters of a Chinese
 * name, else the initials of the first two significant words.
 * @example monogramText('图菱科技') // '图菱'
 * @example monogramText('vesoft inc.') // 'V'
 */
export function monogramText(name: string): string {
  const trimmed = name.trim();
  if (CJK.test(trimmed.charAt(0))) return [...trimmed.replace(/[^\u3400-\u9fff\uf900-\ufaff]/gu, '')].slice(0, 2).join('');
  const words = trimmed.split(/[\s\-_/&,.]+/).filter((w) => /^[\p{L}\p{N}]/u.test(w) && !CJK.test(w.charAt(0)) && !NOISE.test(w));
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  const text = letters.join('').toUpperCase();
  return text || [...trimmed][0]?.toUpperCase() || '?';
}

/** A stable colour per company name, from a small palette that prints well. */
export function monogramColor(name: string): string {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return PALETTE[(h >>> 0) % PALETTE.length] ?? '#1f2a44';
}

/** The monogram badge as HTML. */
export function monogramHtml(name: string): string {
  const text = monogramText(name);
  const cjk = CJK.test(text) ? ' cjk' : '';
  return `<div class="monogram${cjk}" style="background:${monogramColor(name)}" aria-hidden="true">${escapeHtml(text)}</div>`;
}
