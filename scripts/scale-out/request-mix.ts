// The request mix. One row per kind of request; `connections` is how many
// keep-alive connections autocannon keeps busy with it (each sends its next
// request as soon as the previous answer arrived). To add a kind, add a row:
// `request` builds each request (it may pick a session or a task), `expect`
// lists the statuses that count as success.

export type Fixture = {
  origin: string;
  orgSlug: string;
  roadmapId: string;
  /** Session cookies of signed-in demo users; `canComplete` may tick tasks. */
  sessions: { email: string; cookie: string; canComplete: boolean }[];
  users: { email: string; password: string }[];
  /** The next open task to tick off (a real task id and its phase). */
  nextTask: () => { id: string; roadmapId: string; phase: string };
  sentTickOff: (taskId: string) => void;
  ackTickOff: (taskId: string, status: number) => void;
};

type Req = {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
};
export type RequestKind = {
  name: string;
  connections: number;
  expect: number[];
  request: (fx: Fixture, context: Record<string, unknown>) => Req;
  onResponse?: (fx: Fixture, status: number, context: Record<string, unknown>) => void;
};

const BROWSER = { "Accept-Encoding": "gzip, deflate, br", "User-Agent": "fahrplan-scale-out" };
const FORM = "application/x-www-form-urlencoded";
let turn = 0;
const pick = <T>(list: T[]): T => list[turn++ % list.length]!;

export const REQUEST_KINDS: RequestKind[] = [
  {
    name: "sign-in page",
    connections: 1,
    expect: [200],
    request: () => ({ method: "GET", path: "/sign-in", headers: BROWSER }),
  },
  {
    name: "sign-in",
    connections: 2,
    expect: [302],
    request: (fx) => {
      const user = pick(fx.users);
      return {
        method: "POST",
        path: "/sign-in",
        headers: { ...BROWSER, Origin: fx.origin, "Content-Type": FORM },
        body: new URLSearchParams({ email: user.email, password: user.password }).toString(),
      };
    },
  },
  {
    name: "roadmap overview",
    connections: 4,
    expect: [200],
    request: (fx) => ({
      method: "GET",
      path: `/o/${fx.orgSlug}/roadmaps/${fx.roadmapId}`,
      headers: { ...BROWSER, Cookie: pick(fx.sessions).cookie },
    }),
  },
  {
    name: "dashboard",
    connections: 3,
    expect: [200],
    request: (fx) => ({
      method: "GET",
      path: `/o/${fx.orgSlug}/dashboard/${fx.roadmapId}`,
      headers: { ...BROWSER, Cookie: pick(fx.sessions).cookie },
    }),
  },
  {
    // The phase board's tick, as the browser's fetcher sends it (POST to the
    // route's .data URL; without JavaScript the same action answers the plain
    // URL with the whole page).
    name: "task tick-off",
    connections: 4,
    expect: [200],
    request: (fx, context) => {
      const task = fx.nextTask();
      context.taskId = task.id;
      fx.sentTickOff(task.id);
      const session = pick(fx.sessions.filter((s) => s.canComplete));
      return {
        method: "POST",
        // The tick button's own route (the phase board no longer takes tick-offs).
        path: `/o/${fx.orgSlug}/roadmaps/${task.roadmapId}/tasks/${task.id}/status.data`,
        headers: { ...BROWSER, Origin: fx.origin, "Content-Type": FORM, Cookie: session.cookie },
        body: new URLSearchParams({ intent: "complete", taskId: task.id, done: "true" }).toString(),
      };
    },
    onResponse: (fx, status, context) => fx.ackTickOff(String(context.taskId), status),
  },
];

/** Whether an answer (null: a socket error) is a failure for its kind of request. */
export function isFailure(sample: { kind: string; status: number | null }): boolean {
  return (
    sample.status === null ||
    !REQUEST_KINDS.find((k) => k.name === sample.kind)!.expect.includes(sample.status)
  );
}

export function totalConnections(): number {
  return REQUEST_KINDS.reduce((a, k) => a + k.connections, 0);
}
