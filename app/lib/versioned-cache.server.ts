/**
 * A small in-process cache for read-heavy pages whose data is a pure function of
 * the database and the key (a roadmap's dashboard on a given day). Each entry keeps
 * the version of the data it was computed from (the organisation's dataVersion,
 * read before the data) and is used only while the caller still sees that version:
 * an audited write of the organisation, by this process or another, changes it and
 * so makes the organisation's entries stale, and only its own. So no write path has
 * to invalidate anything, and the cache never shows data older than the last commit.
 * The least recently used entry goes once there are more than `maxEntries`. Without a
 * version (it could not be read) the value is computed as if there were no cache.
 *
 * Values are shared between requests: callers must not change them.
 */
export function versionedCache<T>(maxEntries: number) {
  const entries = new Map<string, { version: string; value: T }>();
  return {
    async get(key: string, version: string | null, compute: () => Promise<T>): Promise<T> {
      if (version === null) return compute();
      const hit = entries.get(key);
      entries.delete(key);
      if (hit?.version === version) {
        entries.set(key, hit);
        return hit.value;
      }
      const value = await compute();
      entries.set(key, { version, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
