/** A path to a value inside parsed JSON: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** Every path to a value inside `root`, parents before children (for mutating exports in tests). */
export function jsonPaths(root: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (root && typeof root === 'object') {
    for (const [key, v] of Object.entries(root)) {
      const path = [...at, Array.isArray(root) ? Number(key) : key];
      out.push(path);
      jsonPaths(v, path, out);
    }
  }
  return out;
}
