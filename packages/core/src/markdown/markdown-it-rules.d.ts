// Types for the two block rules core wraps, taken from markdown-it's public subpath exports
// ("./*" in its package.json); @types/markdown-it describes only the main entry.
declare module 'markdown-it/lib/rules_block/blockquote.mjs' {
  import type { StateBlock } from 'markdown-it';
  export default function blockquote(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}
declare module 'markdown-it/lib/rules_block/list.mjs' {
  import type { StateBlock } from 'markdown-it';
  export default function list(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}
