import type { Delimiter, StateInline } from 'markdown-it';

// GFM strikethrough (GFM spec §6.5): text between a matching pair of one or two tildes;
// a run of three or more is text. markdown-it's own rule knows only `~~` and splits longer
// runs into pairs (`~~~not~~~` becomes `~` + struck `not` + `~`).

const TILDE = 0x7e;
/**
 * Delimiter markers, one per run length, so that markdown-it's pair matching (which pairs equal
 * markers) pairs `~` with `~` and `~~` with `~~` only. Neither is a character any other rule uses.
 */
const MARKERS: Readonly<Record<number, number>> = { 1: 0x1_007e, 2: 0x2_007e };

const DIGIT = /[0-9]/;

/**
 * A single tilde between digits (`3~5 天`, `10~20%`) is a range, not strikethrough: pages write
 * ranges that way, and GFM would strike everything between two of them.
 */
function isRange(src: string, pos: number): boolean {
  return DIGIT.test(src[pos - 1] ?? '') && DIGIT.test(src[pos + 1] ?? '');
}

/** Tokenize a run of tildes: one or two make a delimiter, more are plain text. */
function tokenize(state: StateInline, silent: boolean): boolean {
  if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false;
  const scanned = state.scanDelims(state.pos, true);
  const token = state.push('text', '', 0);
  token.content = state.src.slice(state.pos, state.pos + scanned.length);
  const marker = MARKERS[scanned.length];
  if (marker !== undefined && !(scanned.length === 1 && isRange(state.src, state.pos))) {
    // `length: 0` turns off the emphasis "rule of 3", which is not GFM's rule for tildes.
    state.delimiters.push({ marker, length: 0, token: state.tokens.length - 1, end: -1, open: scanned.can_open, close: scanned.can_close });
  }
  state.pos += scanned.length;
  return true;
}

/** Turn each matched pair of tilde delimiters (one list, as markdown-it keeps one per link level) into `s_open`/`s_close`. */
function pairUp(state: StateInline, delimiters: readonly Delimiter[]): void {
  for (const opener of delimiters) {
    if ((opener.marker !== MARKERS[1] && opener.marker !== MARKERS[2]) || opener.end === -1) continue;
    const open = state.tokens[opener.token]!;
    const close = state.tokens[delimiters[opener.end]!.token]!;
    const markup = open.content;
    Object.assign(open, { type: 's_open', tag: 's', nesting: 1, markup, content: '' });
    Object.assign(close, { type: 's_close', tag: 's', nesting: -1, markup, content: '' });
  }
}

function postProcess(state: StateInline): boolean {
  pairUp(state, state.delimiters);
  for (const meta of state.tokens_meta) if (meta?.delimiters) pairUp(state, meta.delimiters);
  return false;
}

/** Replace markdown-it's `~~`-only strikethrough with GFM's one-or-two-tilde rule. */
export const gfmStrikethrough = { tokenize, postProcess } as const;
