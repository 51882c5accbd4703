import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refuseBody } from "./request-body.server";

const CHUNK = 64 * 1024;

/** A body of `size` bytes made on demand, counting how many of them anyone read. */
function countedBody(size: number, byte = "x".charCodeAt(0)) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const n = Math.min(CHUNK, size - counter.pulled);
        if (n <= 0) return controller.close();
        counter.pulled += n;
        controller.enqueue(new Uint8Array(n).fill(byte));
      },
      // Nothing is made before someone reads.
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function post(body: BodyInit | ReadableStream<Uint8Array> | null, headers: Record<string, string>) {
  return new Request("http://localhost/sign-in", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

const FORM = "application/x-www-form-urlencoded";

describe("refuseBody", () => {
  it("refuses a declared length over the limit without reading a byte", async () => {
    const { stream, counter } = countedBody(100 * 1024 * 1024);
    const request = post(stream, {
      "Content-Type": FORM,
      "Content-Length": String(100 * 1024 * 1024),
    });
    expect(await refuseBody(request)).toBe(413);
    expect(counter.pulled).toBe(0);
  });

  it("stops reading a body without a declared length as soon as it passes the limit", async () => {
    const { stream, counter } = countedBody(50 * 1024 * 1024);
    expect(await refuseBody(post(stream, { "Content-Type": FORM }))).toBe(413);
    // The limit and at most a few chunks in flight, never the 50 MB.
    expect(counter.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 3 * CHUNK);
  });

  it("takes a form of exactly the limit and refuses one byte more", async () => {
    const exact = `a=${"x".repeat(MAX_BODY_BYTES - 2)}`;
    const request = post(exact, { "Content-Type": FORM });
    expect(await refuseBody(request)).toBeNull();
    // The action still reads the whole form.
    expect(((await request.formData()).get("a") as string).length).toBe(MAX_BODY_BYTES - 2);
    expect(await refuseBody(post(`${exact}x`, { "Content-Type": FORM }))).toBe(413);
  });

  it.each([
    ["JSON", "application/json", '{"email":"a@b.de"}'],
    ["XML", "application/xml", "<form><email>a@b.de</email></form>"],
    ["plain text", "text/plain", "email=a%40b.de"],
    ["a form type as a parameter", "text/plain; x=application/x-www-form-urlencoded", "a=1"],
  ])("refuses %s as no form, unread", async (_label, type, text) => {
    const { stream, counter } = countedBody(10);
    expect(await refuseBody(post(stream, { "Content-Type": type }))).toBe(415);
    expect(counter.pulled).toBe(0);
    expect(await refuseBody(post(text, { "Content-Type": type }))).toBe(415);
  });

  it("refuses a body without a content type", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "a=1" });
    request.headers.delete("Content-Type");
    expect(await refuseBody(request)).toBe(415);
  });

  it("refuses a broken multipart body with 400", async () => {
    const broken = '--kaputt\r\nContent-Disposition: form-data; name="x"\r\n\r\nohne Ende';
    const request = post(broken, { "Content-Type": "multipart/form-data; boundary=kaputt" });
    expect(await refuseBody(request)).toBe(400);
  });

  it("lets a form through, whole, for the action to read", async () => {
    const form = new FormData();
    form.append("name", "Anna Beispiel");
    form.append("note", "zwei\r\nZeilen");
    const multipart = new Request("http://localhost/x", { method: "POST", body: form });
    expect(await refuseBody(multipart)).toBeNull();
    expect((await multipart.formData()).get("note")).toBe("zwei\r\nZeilen");

    const encoded = post("name=Anna&intent=save", { "Content-Type": `${FORM}; charset=UTF-8` });
    expect(await refuseBody(encoded)).toBeNull();
    expect((await encoded.formData()).get("intent")).toBe("save");

    const empty = post(null, { "Content-Type": FORM });
    expect(await refuseBody(empty)).toBeNull();
  });
});
