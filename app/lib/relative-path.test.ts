import { describe, expect, it } from "vitest";
import { relativePath } from "./relative-path";

describe("relativePath", () => {
  // What a browser makes of the reference on the page `from`: it must be `to` again.
  const resolved = (from: string, reference: string) =>
    new URL(reference, `https://fahrplan.test${from}`).pathname;

  it("goes up to the shared folder and down to the target", () => {
    const board = "/o/acme/roadmaps/r1/phases/pilot";
    expect(relativePath(board, "/o/acme/roadmaps/r1/tasks/t1/status")).toBe("../tasks/t1/status");
    expect(relativePath(board, "/o/acme/roadmaps/r1/phases/scale")).toBe("scale");
    expect(relativePath(board, "/o/acme/kpis")).toBe("../../../kpis");
  });

  it("resolves to the target from every kind of page address", () => {
    const cases: [string, string][] = [
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/roadmaps/r1/tasks/t1/status"],
      ["/o/acme/roadmaps/r1/phases/pilot/", "/o/acme/roadmaps/r1/tasks/t1/status"],
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/roadmaps/r1/phases/pilot"],
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/roadmaps/r1/phases/pilot/status"],
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/roadmaps/r1/phases/"],
      ["/o/acme", "/o/other/x"],
      ["/", "/o/acme/roadmaps"],
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/a:b/c"],
      ["/o/acme/roadmaps/r1/phases/pilot", "/o/acme/roadmaps/r1/phases/a:b"],
    ];
    for (const [from, to] of cases) expect(resolved(from, relativePath(from, to)), from).toBe(to);
  });

  it("is shorter than the absolute path on the board", () => {
    const from = "/o/acme/roadmaps/cmxdwg7ms000d5i7dxygof82b/phases/pilot";
    const to = "/o/acme/roadmaps/cmxdwg7ms000d5i7dxygof82b/tasks/cmxdwg7o200195i7dstasmz44/status";
    expect(relativePath(from, to)).toBe("../tasks/cmxdwg7o200195i7dstasmz44/status");
  });
});
