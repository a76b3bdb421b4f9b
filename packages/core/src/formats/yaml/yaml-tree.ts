import type { Position } from '../../model/model.js';

/**
 * The YAML of front matter and taxonomy files as our readers see it: mappings, lists and
 * scalars, each with its position in the file. Two producers build it — a fast scanner for the
 * simple YAML that content uses, and the `yaml` library's parser for everything else — and the
 * format readers (case page, article, taxonomy) read only this tree.
 */
export type YamlNode = YamlScalar | YamlMap | YamlSeq;

/** A scalar. `text` is the value as a string (a number or boolean as written); null for YAML null or an empty value. */
export interface YamlScalar {
  readonly kind: 'scalar';
  readonly text: string | null;
  readonly position: Position;
}

/** One `key: value` of a mapping. An empty value is a null scalar at the key's position. */
export interface YamlPair {
  readonly key: string;
  readonly keyPosition: Position;
  readonly value: YamlNode;
}

/** A mapping, its pairs in document order (repeated keys included: the readers report them). */
export interface YamlMap {
  readonly kind: 'map';
  readonly pairs: readonly YamlPair[];
  readonly position: Position;
}

/** A list. */
export interface YamlSeq {
  readonly kind: 'seq';
  readonly items: readonly YamlNode[];
  readonly position: Position;
}

/**
 * How deep YAML may nest (mappings, lists and flow collections together). Deeper YAML is an
 * error: no content file needs more than a handful of levels, and the `yaml` library's
 * parser can exhaust memory on thousands of nested flow brackets.
 */
export const MAX_YAML_DEPTH = 64;

/** A null scalar (an empty value) at a position. */
export function nullScalar(position: Position): YamlScalar {
  return { kind: 'scalar', text: null, position };
}
