import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import type { Position } from '../../model/model.js';
import { scanSimpleYaml } from './scan-simple-yaml.js';
import { MAX_YAML_DEPTH, nullScalar, type YamlNode, type YamlPair } from './yaml-tree.js';

/** What {@link parseYamlTree} gives: the tree (null for an empty document), or `ok: false` after reporting why not. */
export type YamlTreeResult = { ok: true; root: YamlNode | null } | { ok: false };

/**
 * Parse YAML into a {@link YamlNode} tree with file positions. `source.slice(start, end)` is the
 * YAML, its first line being line `firstLine` of the file (`source` may be the whole file, or a
 * bigger string holding it: the fast scanner reads it in place).
 *
 * Simple YAML is read by our scanner; anything else by the `yaml` library, which reports what
 * is wrong (one `yaml-syntax` error, tabs, warnings). Either way nothing recurses in proportion
 * to the input: nesting deeper than {@link MAX_YAML_DEPTH} is a `too-deep` error, and aliases
 * expanding beyond a budget (an alias bomb) a `yaml-alias-limit` error.
 */
export function parseYamlTree(source: string, start: number, end: number, firstLine: number, sink: DiagnosticSink): YamlTreeResult {
  const simple = scanSimpleYaml(source, start, end, firstLine);
  if (simple) return { ok: true, root: simple.root };
  const text = source.slice(start, end);
  const tooDeep = findTooDeep(text);
  if (tooDeep) {
    sink.error(
      'too-deep',
      `YAML nests more than ${MAX_YAML_DEPTH} levels deep; the file is skipped`,
      [tooDeep[0] + firstLine - 1, tooDeep[1]],
      'Flatten the YAML: content files need only a few levels.',
    );
    return { ok: false };
  }
  return new YamlLibraryReader(text, firstLine, sink).read();
}

/**
 * Where YAML first nests deeper than {@link MAX_YAML_DEPTH} ([line, column] within the text),
 * or null. Counts indentation levels, "- " items that share a line, and flow brackets; a
 * cheap over-estimate is fine, since legitimate content stays far below the limit.
 */
export function findTooDeep(text: string): Position | null {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let eol = text.indexOf('\n', start);
    if (eol === -1) eol = text.length;
    let p = start;
    while (p < eol && (text[p] === ' ' || text[p] === '\t')) p++;
    if (p < eol && text[p] !== '#') {
      if (flow === 0) {
        const indent = p - start;
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
      for (; p < eol; p++) {
        const c = text[p];
        if (c === '-' && flow === 0 && (text[p + 1] === ' ' || p + 1 === eol)) indents.push(-1);
        else if (c === '[' || c === '{') flow++;
        else if ((c === ']' || c === '}') && flow > 0) flow--;
        else if (c === '"' || c === "'") {
          // Brackets inside quotes do not nest; a quote that does not close on the line ends the scan of it.
          const close = text.indexOf(c, p + 1);
          if (close === -1 || close > eol) break;
          p = close;
        } else if (c === '#' && (text[p - 1] === ' ' || text[p - 1] === '\t')) break;
        if (indents.length + flow > MAX_YAML_DEPTH) return [line + 1, p - start + 1];
      }
      // Same-line "- " items end with their line.
      while (indents.length && indents[indents.length - 1] === -1) indents.pop();
    }
    start = eol + 1;
  }
  return null;
}

/** Reads YAML with the `yaml` library's public API and turns its document into our tree. */
class YamlLibraryReader {
  private lines = new LineCounter();
  private doc: Document | null = null;
  /** Nodes the conversion may still make: aliases copy what they point to, so a bomb runs out. */
  private budget: number;
  private failed = false;

  constructor(
    private readonly text: string,
    private readonly firstLine: number,
    private readonly sink: DiagnosticSink,
  ) {
    this.budget = 1000 + 2 * text.length;
  }

  read(): YamlTreeResult {
    let doc = this.parse(this.text);
    if (doc.errors.length && /^\t/m.test(this.text)) doc = this.expandTabs() ?? doc;
    const error = doc.errors[0];
    if (error) {
      this.sink.error('yaml-syntax', `invalid YAML: ${firstLine(error.message)}`, this.at(error.pos[0]), yamlHint(error.code));
      return { ok: false };
    }
    for (const warning of doc.warnings) this.sink.warn('yaml-warning', firstLine(warning.message), this.at(warning.pos[0]));
    this.doc = doc;
    const root = doc.contents ? this.convert(doc.contents as Node, 1, null) : null;
    return this.failed ? { ok: false } : { ok: true, root };
  }

  private parse(text: string): Document {
    this.lines = new LineCounter();
    return parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
  }

  /** YAML forbids tabs for indentation; authors use them. Retry with 2, then 4 spaces per tab. */
  private expandTabs(): Document | null {
    const tabLine = this.at(this.text.search(/^\t/m));
    for (const width of [2, 4]) {
      const doc = this.parse(this.text.replace(/^\t+/gm, (tabs) => ' '.repeat(tabs.length * width)));
      if (!doc.errors.length) {
        this.sink.warn('tab-indentation', `tabs used for indentation; read as ${width} spaces each`, [tabLine[0], 1], 'Indent YAML with spaces.');
        return doc;
      }
    }
    // Report the errors of the text as written.
    this.parse(this.text);
    return null;
  }

  /** The file position of an offset in the text. */
  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.max(0, offset));
    return [line + this.firstLine - 1, col];
  }

  private fail(code: 'too-deep' | 'yaml-alias-limit', message: string, at: Position, hint: string): null {
    if (!this.failed) this.sink.error(code, message, at, hint);
    this.failed = true;
    return null;
  }

  private convert(node: Node, depth: number, emptyAt: Position | null): YamlNode | null {
    if (this.failed) return null;
    const position = this.at(node.range?.[0] ?? 0);
    if (--this.budget < 0)
      return this.fail(
        'yaml-alias-limit',
        'YAML aliases expand too far (an alias bomb); the file is skipped',
        position,
        'Remove the repeated aliases (*name).',
      );
    if (depth > MAX_YAML_DEPTH)
      return this.fail(
        'too-deep',
        `YAML nests more than ${MAX_YAML_DEPTH} levels deep; the file is skipped`,
        position,
        'Flatten the YAML (check aliases that point at themselves).',
      );
    if (isAlias(node)) {
      const target = node.resolve(this.doc!);
      return target ? this.convert(target as Node, depth + 1, emptyAt) : nullScalar(position);
    }
    if (isScalar(node)) {
      const { value, source } = node;
      if (value === null || value === undefined) return nullScalar(emptyAt && !source ? emptyAt : position);
      return { kind: 'scalar', text: typeof value === 'string' ? value : String(source ?? value), position };
    }
    if (isMap(node)) {
      const pairs: YamlPair[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keyPosition = keyNode ? this.at(keyNode.range?.[0] ?? 0) : position;
        const value = pair.value ? this.convert(pair.value as Node, depth + 1, keyPosition) : nullScalar(keyPosition);
        if (!value) return null;
        pairs.push({ key: keyText(keyNode), keyPosition, value });
      }
      return { kind: 'map', pairs, position };
    }
    if (isSeq(node)) {
      const items: YamlNode[] = [];
      for (const item of node.items) {
        const value = item ? this.convert(item as Node, depth + 1, null) : nullScalar(position);
        if (!value) return null;
        items.push(value);
      }
      return { kind: 'seq', items, position };
    }
    return nullScalar(position);
  }
}

function keyText(node: Node | null): string {
  if (!node) return '';
  if (isScalar(node))
    return node.value === null || node.value === undefined ? '' : typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
  return String(node);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation: nested keys need more spaces than their parent, and lists align.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A value containing ": " must be quoted.';
    case 'TAB_AS_INDENT':
      return 'Indent YAML with spaces, not tabs.';
    case 'DUPLICATE_KEY':
      return 'Remove one of the duplicate keys.';
    default:
      return 'Fix the YAML at this line; values containing ": " or starting with a quote need quoting.';
  }
}
