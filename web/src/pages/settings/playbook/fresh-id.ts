/** An id like `regra-4` that no item of the list uses yet. */
export function freshId(prefix: string, taken: readonly unknown[]): string {
  const ids = new Set(taken.map((item) => (item as { id?: unknown } | null)?.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}-${n}`)) {
    n += 1;
  }
  return `${prefix}-${n}`;
}
