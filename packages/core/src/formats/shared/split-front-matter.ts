/** A file split into its front matter and body. */
export interface FrontMatterParts {
  /** The YAML between the `---` fences, or null when there is none. */
  yaml: string | null;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  /** The whole text, and the offset of the YAML in it (parsers read the text in place). */
  source: string;
  yamlStart: number;
  /** The text after the closing fence (or the whole text without front matter). */
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** False when the opening fence is never closed. */
  closed: boolean;
}

/**
 * Split `---` fenced YAML front matter from a document (LF line endings expected).
 * @example splitFrontMatter('---\ntitle: a\n---\nbody').yaml // 'title: a\n'
 */
export function splitFrontMatter(text: string): FrontMatterParts {
  if (!/^---[ \t]*\n/.test(text) && text.trimEnd() !== '---') {
    return { yaml: null, yamlLine: 1, source: text, yamlStart: 0, body: text, bodyLine: 1, closed: true };
  }
  const start = text.indexOf('\n') + 1;
  // The closing fence: a line of --- (or ...), optionally followed by spaces.
  let at = start;
  let fenceEnd = -1;
  let lines = 0;
  while (at < text.length) {
    const eol = text.indexOf('\n', at);
    const lineEnd = eol === -1 ? text.length : eol;
    const c = text.charCodeAt(at);
    if ((c === 45 || c === 46) && /^(?:---|\.\.\.)[ \t]*$/.test(text.slice(at, lineEnd))) {
      fenceEnd = lineEnd;
      break;
    }
    at = lineEnd + 1;
    lines++;
  }
  if (fenceEnd === -1) return { yaml: text.slice(start), yamlLine: 2, source: text, yamlStart: start, body: '', bodyLine: 1, closed: false };
  const yaml = text.slice(start, at);
  const afterFence = fenceEnd;
  const body = text.slice(afterFence + (text[afterFence] === '\n' ? 1 : 0));
  const bodyLine = 2 + lines + 1;
  return { yaml, yamlLine: 2, source: text, yamlStart: start, body, bodyLine, closed: true };
}
