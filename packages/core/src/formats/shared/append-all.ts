/**
 * Append every item of `items` to `target`. `target.push(...items)` passes the items as call
 * arguments, which overflows the stack once content makes a list of about 100,000.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}
