import type { Inline } from '../model/model.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const BARE_URL = /https?:\/\/[^\s<>"'`\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/y;
const PUNCT = /[!-/:-@[-`{-~]/;
const HTML_INLINE: Record<string, 'strong' | 'emphasis' | 'code' | 'link' | undefined> = Object.assign(Object.create(null), {
  strong: 'strong', b: 'strong', em: 'emphasis', i: 'emphasis', code: 'code', a: 'link',
});
const ENTITIES = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', '\u00a0'], ['mdash', '—'], ['ndash', '–'],
  ['hellip', '…'], ['copy', '©'], ['reg', '®'], ['trade', '™'], ['times', '×'], ['middot', '·'], ['ldquo', '“'], ['rdquo', '”'],
  ['lsquo', '‘'], ['rsquo', '’'], ['laquo', '«'], ['raquo', '»'], ['yen', '¥'], ['euro', '€'],
]);

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** Characters where inline syntax may start (h for bare URLs, ! for images). */
const STOP = /[\\`*_~[<&\nh!]/g;
/** Characters that can start inline syntax; text without them is plain. */
const SPECIAL = /[\\`*_~[\]<&\n]|https?:\/\//;

/**
 * Parse inline Markdown (bold, emphasis, code, links, autolinks, bare URLs, `<br>`) into
 * structured inline nodes. Raw HTML is never passed through: unknown tags stay text.
 * Bare URLs stop at CJK text and full-width punctuation, unlike GFM's autolinker.
 * @example parseInline('**多集群** 见 https://example.com。')
 */
export function parseInline(source: string): Inline[] {
  // Most paragraphs are plain text: keep the string itself (no copy, no garbage).
  if (!SPECIAL.test(source)) return source ? [{ type: 'text', value: source }] : [];
  const out: Inline[] = [];
  parseInto(source, out);
  return mergeText(out);
}

function pushText(out: Inline[], value: string): void {
  if (!value) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'text') pushText(out, n.value);
    else out.push(n);
  }
  return out;
}

function softBreak(src: string, i: number): string {
  const before = src[i - 1] ?? '';
  const after = src[i + 1] ?? '';
  return CJK.test(before) && CJK.test(after) ? '' : ' ';
}

function findClosing(src: string, marker: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0];
      const end = src.indexOf(run, i + run.length);
      i = end === -1 ? i + run.length : end + run.length;
      continue;
    }
    if (src.startsWith(marker, i)) return i;
    i++;
  }
  return -1;
}

function parseLinkTail(src: string, i: number): { url: string; end: number } | null {
  if (src[i] !== '(') return null;
  let depth = 0;
  let j = i;
  for (; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
    else if (c === '\n') return null;
  }
  if (j >= src.length) return null;
  let inner = src.slice(i + 1, j).trim();
  const titled = /^(\S+)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))$/.exec(inner);
  if (titled) inner = titled[1]!;
  if (inner.startsWith('<') && inner.endsWith('>')) inner = inner.slice(1, -1);
  return { url: inner, end: j + 1 };
}

function closingBracket(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

function trimUrl(url: string): string {
  let u = url.replace(/[.,;:!?*_~]+$/, '');
  while (u.endsWith(')') && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
  return u;
}

function parseInto(src: string, out: Inline[]): void {
  let text = '';
  const flush = () => {
    pushText(out, text);
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1]!;
      if (n === '\n') {
        flush();
        out.push({ type: 'break' });
        i += 2;
        continue;
      }
      if (PUNCT.test(n)) {
        text += n;
        i += 2;
        continue;
      }
    }
    if (c === '\n') {
      if (text.endsWith('  ')) {
        text = text.replace(/ +$/, '');
        flush();
        out.push({ type: 'break' });
      } else {
        text = text.replace(/ +$/, '') + softBreak(src, i);
      }
      i++;
      while (src[i] === ' ') i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0];
      const end = src.indexOf(run, i + run.length);
      if (end !== -1) {
        flush();
        let value = src.slice(i + run.length, end).replace(/\n/g, ' ');
        if (/^ .* $/.test(value) && value.trim()) value = value.slice(1, -1);
        out.push({ type: 'code', value });
        i = end + run.length;
        continue;
      }
      text += run;
      i += run.length;
      continue;
    }
    if ((c === '*' || c === '_') && src[i + 1] === c) {
      const marker = c + c;
      const end = findClosing(src, marker, i + 2);
      const intraword = c === '_' && /[\p{L}\p{N}]/u.test(src[i - 1] ?? '');
      if (end > i + 2 && !intraword && src[i + 2] !== ' ') {
        flush();
        out.push({ type: 'strong', children: parseInline(src.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const intraword = c === '_' && /[\p{L}\p{N}]/u.test(src[i - 1] ?? '');
      const end = findClosing(src, c, i + 1);
      const next = src[i + 1] ?? ' ';
      if (!intraword && end > i + 1 && next !== ' ' && src[end - 1] !== ' ' && !(c === '_' && /[\p{L}\p{N}]/u.test(src[end + 1] ?? ''))) {
        flush();
        out.push({ type: 'emphasis', children: parseInline(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '~' && src[i + 1] === '~') {
      const end = src.indexOf('~~', i + 2);
      if (end > i + 2) {
        flush();
        parseInto(src.slice(i + 2, end), out);
        i = end + 2;
        continue;
      }
    }
    if (c === '[' || (c === '!' && src[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = closingBracket(src, open);
      const tail = close === -1 ? null : parseLinkTail(src, close + 1);
      if (tail) {
        flush();
        const kids = parseInline(src.slice(open + 1, close));
        out.push({ type: 'link', url: tail.url, children: kids.length ? kids : [{ type: 'text', value: tail.url }] });
        i = tail.end;
        continue;
      }
    }
    if (c === '<') {
      const auto = /^<((?:https?|mailto):[^\s<>]+)>/i.exec(src.slice(i));
      if (auto) {
        flush();
        out.push({ type: 'link', url: auto[1]!, children: [{ type: 'text', value: auto[1]!.replace(/^mailto:/i, '') }] });
        i += auto[0].length;
        continue;
      }
      const br = /^<br\s*\/?>/i.exec(src.slice(i));
      if (br) {
        flush();
        out.push({ type: 'break' });
        i += br[0].length;
        continue;
      }
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^>]*)?)\/?>/.exec(src.slice(i));
      if (tag) {
        // Raw HTML never passes through: inline tags become their structured equivalent,
        // anything else is dropped and its text kept.
        const name = tag[2]!.toLowerCase();
        const kind = HTML_INLINE[name];
        const close = tag[1] ? -1 : src.toLowerCase().indexOf(`</${name}>`, i + tag[0].length);
        if (kind && close !== -1) {
          flush();
          const kids = parseInline(src.slice(i + tag[0].length, close));
          if (kind === 'code') out.push({ type: 'code', value: kids.map((k) => ('value' in k ? k.value : '')).join('') });
          else if (kind === 'link') {
            const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[3] ?? '');
            const url = href?.[1] ?? href?.[2] ?? href?.[3] ?? '';
            if (url) out.push({ type: 'link', url, children: kids });
            else out.push(...kids);
          } else out.push({ type: kind, children: kids });
          i = close + name.length + 3;
          continue;
        }
        i += tag[0].length;
        continue;
      }
    }
    if (c === 'h' && (src.startsWith('http://', i) || src.startsWith('https://', i)) && !/[\p{L}\p{N}]/u.test(src[i - 1] ?? '')) {
      BARE_URL.lastIndex = i;
      const m = BARE_URL.exec(src);
      if (m) {
        const url = trimUrl(m[0]);
        if (url.length > 'https://'.length) {
          flush();
          out.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
          i += url.length;
          continue;
        }
      }
    }
    if (c === '&') {
      const ent = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(src.slice(i));
      const name = ent?.[1];
      const value = !name ? undefined : name.startsWith('#x') ? safeCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? safeCodePoint(Number(name.slice(1))) : ENTITIES.get(name);
      if (ent && value !== undefined) {
        text += value;
        i += ent[0].length;
        continue;
      }
    }
    // Copy the run up to the next character that could start syntax in one slice.
    STOP.lastIndex = i + 1;
    const next = STOP.exec(src)?.index ?? src.length;
    text += src.slice(i, next);
    i = next;
  }
  flush();
}
