/**
 * Whether to colour output: `NO_COLOR` (any non-empty value) turns colour off, `FORCE_COLOR`
 * turns it on (`0`/`false` off), otherwise colour is used on a terminal that is not `dumb`.
 * @example shouldUseColor(process.stdout)
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
