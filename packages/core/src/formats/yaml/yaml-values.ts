import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { DiagnosticSink } from '../../diagnostics/diagnostics.js';
import type { Position } from '../../model/model.js';
import type { YamlMap, YamlNode } from './yaml-tree.js';

/** Keys that could pollute prototypes if content ever reached a plain object by name. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** One key of a mapping, with every value it was given (repeated keys included). */
export interface Entry {
  readonly key: string;
  /** Where the key is written (its first occurrence). */
  readonly keyPosition: Position;
  values: YamlNode[];
}

/** Options for {@link YamlValues.entries}. */
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
 * Reads values out of a {@link YamlNode} tree the way a format expects them, reporting what
 * does not fit as diagnostics: unknown, misspelled (read as the key meant), repeated and unsafe
 * keys, and values of the wrong shape (with where they are and what to write instead).
 */
export class YamlValues {
  constructor(readonly sink: DiagnosticSink) {}

  /** The node as a mapping, or null (with a wrong-shape warning unless it is empty). */
  map(node: YamlNode | null | undefined, where: string): YamlMap | null {
    if (!node || isEmpty(node)) return null;
    if (node.kind === 'map') return node;
    this.sink.warn(
      'wrong-shape',
      `${where} should be a mapping, found ${describe(node)}`,
      node.position,
      `Write ${where} as "key: value" lines indented under it.`,
    );
    return null;
  }

  /** The node as a list; a single mapping is read as a list of one (with a warning). */
  seq(node: YamlNode | null | undefined, where: string): readonly YamlNode[] {
    if (!node || isEmpty(node)) return [];
    if (node.kind === 'seq') return node.items;
    if (node.kind === 'map') {
      this.sink.warn('wrong-shape', `${where} should be a list; read the mapping as a list of one`, node.position, 'Start each item with "- ".');
      return [node];
    }
    this.sink.warn('wrong-shape', `${where} should be a list, found ${describe(node)}`, node.position, 'Start each item with "- ".');
    return [];
  }

  /** The node as trimmed text; null for null or empty; a number or boolean as written. */
  str(node: YamlNode | null | undefined, where: string): string | null {
    if (!node) return null;
    if (node.kind === 'scalar') {
      const text = node.text?.trim();
      return text ? text : null;
    }
    this.sink.warn('wrong-shape', `${where} should be text, found ${describe(node)}`, node.position, 'Write the value on one line, quoted if it contains ":".');
    return null;
  }

  /** A list of text, or one text as a list of one. */
  strings(node: YamlNode | null | undefined, where: string): string[] {
    if (node?.kind === 'seq') return node.items.map((item) => this.str(item, where)).filter((s): s is string => s !== null);
    const one = this.str(node, where);
    return one === null ? [] : [one];
  }

  /** The mapping's entries, checked against the format's keys. */
  entries(map: YamlMap, options: EntriesOptions): Map<string, Entry> {
    const out = new Map<string, Entry>();
    let written: Set<string> | undefined;
    for (const { key: rawKey, keyPosition, value } of map.pairs) {
      let key = rawKey;
      if (UNSAFE_KEYS.has(key)) {
        this.sink.warn('unsafe-key', `key "${key}" in ${options.where} is not allowed`, keyPosition, 'Remove this key.');
        continue;
      }
      if (!options.known.includes(key)) {
        if (options.ignored?.includes(key)) continue;
        const guess = didYouMean(key, options.known);
        written ??= new Set(map.pairs.map((p) => p.key));
        if (guess && !written.has(guess)) {
          this.sink.warn('misspelled-key', `unknown key "${key}" in ${options.where}; read as "${guess}"`, keyPosition, `did you mean \`${guess}\`?`);
          key = guess;
        } else {
          this.sink.warn(
            'unknown-key',
            `unknown key "${key}" in ${options.where} is ignored`,
            keyPosition,
            guess ? `did you mean \`${guess}\`?` : `Known keys: ${options.known.join(', ')}.`,
          );
          continue;
        }
      }
      const previous = out.get(key);
      if (!previous) {
        out.set(key, { key, keyPosition, values: [value] });
        continue;
      }
      const keepsAll = options.repeatable?.includes(key) ?? false;
      this.sink.warn(
        'duplicate-key',
        `duplicate key "${key}" in ${options.where}; ${keepsAll ? 'every value is kept' : 'the last value is used'}`,
        keyPosition,
        keepsAll ? 'Give each value its own block.' : 'Remove one of the two.',
      );
      if (keepsAll) previous.values.push(value);
      else previous.values = [value];
    }
    return out;
  }
}

/** The last value of an entry (the one a non-repeatable key uses). */
export function lastValue(entry: Entry | undefined): YamlNode | null {
  return entry ? (entry.values[entry.values.length - 1] ?? null) : null;
}

function isEmpty(node: YamlNode): boolean {
  return node.kind === 'scalar' && (node.text === null || node.text === '');
}

function describe(node: YamlNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  const text = node.text ?? '';
  return `the text "${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`;
}
