import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { parseSimpleYaml, scalarText, type LineStarts } from './parse-simple-yaml.js';
import type { DiagnosticSink } from '../../diagnostics/diagnostics.js';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ALIASES = 1000;

/** One key of a mapping, with every value it was given (duplicates included). */
export interface Entry {
  readonly key: string;
  /** Where the key is written (computed when asked: most keys never need it). */
  readonly keyPosition: { line: number; column: number };
  values: Node[];
}

class MappingEntry implements Entry {
  constructor(
    readonly key: string,
    private readonly keyNode: Node,
    private readonly reader: YamlReader,
    public values: Node[],
  ) {}
  get keyPosition(): { line: number; column: number } {
    return this.reader.pos(this.keyNode);
  }
}

/** Options for {@link YamlReader.entries}. */
export interface EntriesOptions {
  /** Keys the format defines. */
  known: readonly string[];
  /** Keys accepted silently and ignored (e.g. Hugo's `weight`). */
  ignored?: readonly string[];
  /** Keys whose repeated values are all kept (e.g. `image`). */
  repeatable?: readonly string[];
  /** Where we are, for messages (e.g. `section2.listLeft[3]`). */
  where: string;
}

/**
 * Reads a YAML document as an AST so that every value keeps its source position, reporting
 * duplicate, unknown, misspelled and unsafe keys and wrong shapes as diagnostics.
 */
export class YamlReader {
  /** False when the text is not valid YAML (one error was reported). */
  readonly ok: boolean;
  private doc: Document | null = null;
  private contents: Node | null = null;
  private lines: LineStarts = { lineStarts: [] };
  private aliasBudget = MAX_ALIASES;

  /**
   * Parse `text`, whose first line is line `firstLine` of the file. Reports one error when it is
   * not YAML. `within` says where `text` sits in the whole file, which the fast path reads in place.
   */
  constructor(
    text: string,
    private readonly firstLine: number,
    readonly sink: DiagnosticSink,
    within?: { source: string; start: number },
  ) {
    // Most front matter is simple YAML; read it fast, and use the full parser for the rest.
    const fast = parseSimpleYaml(text, this.lines, within);
    if (fast) {
      this.contents = fast;
      this.ok = true;
      return;
    }
    const lineCounter = new LineCounter();
    this.lines = lineCounter;
    let parsed: Document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const tabFix = parsed.errors.length > 0 && /^\t/m.test(text) ? this.expandTabs(text) : null;
    if (tabFix) parsed = tabFix;
    const first = parsed.errors[0];
    if (first) {
      const at = this.at(first.pos[0]);
      sink.error('yaml-syntax', `invalid YAML: ${first.message.split('\n')[0]}`, at, yamlHint(first.code));
      this.ok = false;
      return;
    }
    if (/(?:^|[\s[,{])\*[^\s,\]}]/m.test(text)) {
      try {
        parsed.toJS({ maxAliasCount: 100 });
      } catch (err) {
        if (/alias/i.test((err as Error).message)) {
          sink.error('yaml-alias-limit', 'YAML aliases expand too far (an alias bomb); the file is skipped', { line: this.firstLine, column: 1 }, 'Remove the repeated aliases (*name).');
          this.ok = false;
          return;
        }
      }
    }
    for (const w of parsed.warnings) sink.warn('yaml-warning', w.message.split('\n')[0] ?? w.message, this.at(w.pos[0]));
    this.doc = parsed;
    this.contents = (parsed.contents as Node | null) ?? null;
    this.ok = true;
  }

  private expandTabs(text: string): Document | null {
    for (const width of [2, 4]) {
      const fixed = text.replace(/^\t+/gm, (tabs) => ' '.repeat(tabs.length * width));
      const lines = new LineCounter();
      const doc = parseDocument(fixed, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
      if (doc.errors.length === 0) {
        // Expanding tabs keeps every line where it was: the original text's lines still count.
        const { line } = this.at(text.search(/^\t/m));
        this.sink.warn('tab-indentation', `tabs used for indentation; read as ${width} spaces each`, { line, column: 1 }, 'Indent YAML with spaces.');
        this.lines = lines;
        return doc;
      }
    }
    return null;
  }

  /** File position of a character offset in the parsed text. */
  at(offset: number): { line: number; column: number } {
    // A binary search over line starts (what LineCounter.linePos does, without its extra object).
    const starts = this.lines.lineStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const line = Math.max(1, lo);
    return { line: line + this.firstLine - 1, column: offset - (starts[line - 1] ?? 0) + 1 };
  }

  /** File position of a node (its start). */
  pos(node: Node | null | undefined): { line: number; column: number } {
    // Nodes of the fast path carry their start as `s`; yaml's own nodes have `range`.
    const start = (node as { s?: number } | null | undefined)?.s ?? node?.range?.[0];
    return start === undefined ? { line: this.firstLine, column: 1 } : this.at(start);
  }

  /** The root node, aliases resolved. */
  root(): Node | null {
    return this.resolve(this.contents);
  }

  /** Resolve an alias to the node it points to, within a budget that stops alias bombs. */
  resolve(node: Node | null | undefined): Node | null {
    if (!node) return null;
    if (!isAlias(node)) return node;
    if (--this.aliasBudget < 0) {
      if (this.aliasBudget === -1) {
        this.sink.error('yaml-alias-limit', `YAML aliases expand more than ${MAX_ALIASES} times`, this.pos(node), 'Remove the recursive or repeated aliases.');
      }
      return null;
    }
    return this.resolve((node as Alias).resolve(this.doc!) as Node | undefined);
  }


  /** The node as a mapping, or null (with a wrong-shape warning unless it is empty). */
  map(node: Node | null, where: string): YAMLMap | null {
    const n = this.resolve(node);
    if (!n || (isScalar(n) && (n.value === null || n.value === ''))) return null;
    if (isMap(n)) return n as YAMLMap;
    this.sink.warn('wrong-shape', `${where} should be a mapping, found ${describe(n)}`, this.pos(n), `Write ${where} as "key: value" lines indented under it.`);
    return null;
  }

  /** The node as a list of nodes; a single mapping is accepted as a list of one (with a warning). */
  seq(node: Node | null, where: string): Node[] {
    const n = this.resolve(node);
    if (!n || (isScalar(n) && (n.value === null || n.value === ''))) return [];
    if (isSeq(n)) return n.items as Node[];
    if (isMap(n)) {
      this.sink.warn('wrong-shape', `${where} should be a list; read the mapping as a list of one`, this.pos(n), 'Start each item with "- ".');
      return [n];
    }
    this.sink.warn('wrong-shape', `${where} should be a list, found ${describe(n)}`, this.pos(n), 'Start each item with "- ".');
    return [];
  }

  /** The node as trimmed text; null for null/empty; numbers and booleans as written. */
  str(node: Node | null | undefined, where: string): string | null {
    const n = this.resolve(node);
    if (!n) return null;
    if (isScalar(n)) {
      return scalarText(n.value, n.source);
    }
    this.sink.warn('wrong-shape', `${where} should be text, found ${describe(n)}`, this.pos(n), 'Write the value on one line, quoted if it contains ":".');
    return null;
  }

  /** The mapping's entries, checked against the format's keys. */
  entries(map: YAMLMap, opts: EntriesOptions): Map<string, Entry> {
    const out = new Map<string, Entry>();
    let literal: Set<string> | undefined;
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      let key = keyText(keyNode);
      const at = () => this.pos(keyNode);
      if (UNSAFE_KEYS.has(key)) {
        this.sink.warn('unsafe-key', `key "${key}" in ${opts.where} is not allowed`, at(), 'Remove this key.');
        continue;
      }
      if (!opts.known.includes(key)) {
        if (opts.ignored?.includes(key)) continue;
        const guess = didYouMean(key, opts.known);
        literal ??= new Set(map.items.map((p) => keyText(p.key as Node)));
        if (guess && !literal.has(guess)) {
          this.sink.warn('misspelled-key', `unknown key "${key}" in ${opts.where}; read as "${guess}"`, at(), `did you mean \`${guess}\`?`);
          key = guess;
        } else {
          this.sink.warn('unknown-key', `unknown key "${key}" in ${opts.where} is ignored`, at(), guess ? `did you mean \`${guess}\`?` : `Known keys: ${opts.known.join(', ')}.`);
          continue;
        }
      }
      const value = (pair.value as Node | null) ?? null;
      const prev = out.get(key);
      if (prev) {
        const keepsAll = opts.repeatable?.includes(key);
        this.sink.warn(
          'duplicate-key',
          `duplicate key "${key}" in ${opts.where}; ${keepsAll ? 'every value is kept' : 'the last value is used'}`,
          at(),
          keepsAll ? 'Give each value its own block.' : 'Remove one of the two.',
        );
        if (keepsAll) prev.values.push(value as Node);
        else prev.values = [value as Node];
      } else {
        out.set(key, new MappingEntry(key, keyNode, this, [value as Node]));
      }
    }
    return out;
  }
}

function keyText(node: Node | null): string {
  if (node && isScalar(node)) return String(node.value ?? '');
  return String(node ?? '');
}

function describe(n: Node): string {
  if (isMap(n)) return 'a mapping';
  if (isSeq(n)) return 'a list';
  if (isScalar(n)) return typeof n.value === 'string' ? `the text "${truncate(n.value)}"` : `the value ${String(n.value)}`;
  return 'something else';
}

function truncate(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
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
