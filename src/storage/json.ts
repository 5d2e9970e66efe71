/** JSON columns are text on both engines: parse defensively, never throw on a read. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === '') {
    return fallback;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
