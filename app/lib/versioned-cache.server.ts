import { dataVersion } from "./db.server";

/**
 * A small in-process cache for read-heavy pages whose data is a pure function of
 * the database and the key (a roadmap's dashboard on a given day). Each entry keeps
 * the database's dataVersion() from before it was computed and is used only while
 * that version is unchanged: any write anywhere in the database, by this process
 * or another, makes every entry stale. So no write path has to remember to
 * invalidate it, and it never shows data older than the last commit. The least
 * recently used entry goes once there are more than `maxEntries`. If the version
 * cannot be read, the value is computed as if there were no cache.
 *
 * Values are shared between requests: callers must not change them.
 */
export function versionedCache<T>(
  maxEntries: number,
  currentVersion: () => Promise<string> = dataVersion,
) {
  const entries = new Map<string, { version: string; value: T }>();
  return {
    async get(key: string, compute: () => Promise<T>): Promise<T> {
      const version = await currentVersion().catch(() => null);
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
