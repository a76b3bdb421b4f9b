import { markdownIt } from './markdown-parser.js';

// Raw HTML in content is never passed through. What little of it we read (the text between
// tags, a few attributes) is read by these scanners, each linear in its input: a '<' without a
// '>' or an attribute with an unclosed quote costs one pass, not one pass per character.

const { unescapeAll } = markdownIt.utils;

/** An HTML tag's lower-case name and whether it closes (`</b>` → `{ name: 'b', closing: true }`), or null for comments and other markup. */
export function tagName(tag: string): { name: string; closing: boolean } | null {
  const closing = tag[1] === '/';
  const start = closing ? 2 : 1;
  let end = start;
  while (end < tag.length && /[a-zA-Z0-9-]/.test(tag[end]!)) end++;
  if (end === start || !/[a-zA-Z]/.test(tag[start]!)) return null;
  return { name: tag.slice(start, end).toLowerCase(), closing };
}

/** The value of attribute `name` in one HTML tag (entities decoded), or '' when absent. */
export function tagAttribute(tag: string, name: string): string {
  let i = 1;
  while (i < tag.length && !/[\s/>]/.test(tag[i]!)) i++;
  while (i < tag.length) {
    while (i < tag.length && /[\s/]/.test(tag[i]!)) i++;
    if (i >= tag.length || tag[i] === '>') break;
    const nameStart = i;
    while (i < tag.length && !/[\s=>/]/.test(tag[i]!)) i++;
    const attr = tag.slice(nameStart, i).toLowerCase();
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    let value = '';
    if (tag[i] === '=') {
      i++;
      while (i < tag.length && /\s/.test(tag[i]!)) i++;
      const quote = tag[i];
      if (quote === '"' || quote === "'") {
        const end = tag.indexOf(quote, i + 1);
        value = tag.slice(i + 1, end === -1 ? tag.length : end);
        i = end === -1 ? tag.length : end + 1;
      } else {
        const start = i;
        while (i < tag.length && !/[\s>]/.test(tag[i]!)) i++;
        value = tag.slice(start, i);
      }
    }
    if (attr === name) return unescapeAll(value).trim();
    if (i === nameStart) i++;
  }
  return '';
}

/** What a block of raw HTML holds for us: its text (tags and comments dropped) and its `<img>` tags. */
export interface HtmlContent {
  text: string;
  images: { src: string; alt: string }[];
}

/**
 * Read a block of raw HTML: the text between tags (entities decoded, trimmed) and the
 * `src`/`alt` of each `<img>`. Tags are dropped, never interpreted; `<script>` and `<style>`
 * bodies are text like any other (a renderer prints them as text).
 */
export function readHtml(html: string): HtmlContent {
  let text = '';
  const images: HtmlContent['images'] = [];
  let i = 0;
  // The next '>' and '-->' at or after the scan position, found once each: the scan only moves forward.
  let nextGt = -2;
  let nextCommentEnd = -2;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      if (nextCommentEnd !== -1 && nextCommentEnd < lt + 4) nextCommentEnd = html.indexOf('-->', lt + 4);
      if (nextCommentEnd === -1) break;
      i = nextCommentEnd + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(html[lt + 1] ?? '')) {
      text += '<';
      i = lt + 1;
      continue;
    }
    if (nextGt !== -1 && nextGt < lt) nextGt = html.indexOf('>', lt);
    if (nextGt === -1) {
      text += html.slice(lt);
      break;
    }
    const tag = html.slice(lt, nextGt + 1);
    if (tagName(tag)?.name === 'img') {
      const src = tagAttribute(tag, 'src');
      if (src) images.push({ src, alt: tagAttribute(tag, 'alt') });
    }
    i = nextGt + 1;
  }
  return { text: unescapeAll(text).trim(), images };
}
