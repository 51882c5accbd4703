// Its own module, not lib/paths.ts: the phase board's first-load JavaScript takes only this
// function, where importing paths.ts brought that module's whole shared chunk along.
/**
 * The shortest reference from the page at `from` to the absolute path `to`, as a
 * browser resolves it against that page's address: from "/o/acme/roadmaps/r1/phases/pilot"
 * to "/o/acme/roadmaps/r1/tasks/t1" is "../tasks/t1". For markup repeated on long pages
 * (each card of the phase board names its task's status route); `from` must be the
 * page's own path, as the browser has it.
 */
export function relativePath(from: string, to: string): string {
  const base = from.split("/").slice(0, -1);
  const target = to.split("/");
  let shared = 0;
  while (shared < base.length && shared < target.length - 1 && base[shared] === target[shared]) {
    shared += 1;
  }
  const up = "../".repeat(base.length - shared);
  const rest = target.slice(shared).join("/");
  // A first segment with a colon would read as a scheme ("a:b"), an empty one as the root.
  const first = rest.split("/", 1)[0]!;
  return up === "" && (first === "" || first.includes(":")) ? `./${rest}` : `${up}${rest}`;
}
