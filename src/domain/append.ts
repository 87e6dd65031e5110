/**
 * `target.push(...items)` passes every item as an argument, and V8 overflows its stack beyond about
 * 100,000 of them: a hostile file or a large batch must never get there. Appends one by one.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
