import { randomBytes } from "node:crypto";
import { applySecurityHeaders } from "~/lib/security-headers.server";
import { openApiDocument } from "./openapi.server";
import { PROBLEMS } from "./problem.server";
import { API_POINTS, API_WINDOW_SECONDS } from "./rate-limit.server";

// The API's reference page (/api/v1/docs): plain HTML made from the OpenAPI document on
// the server, no script and no app bundle. In English, the API's language (decision 0020).

const esc = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Op = {
  summary: string;
  tags: string[];
  "x-scope": string;
  parameters: { name: string; in: string; description?: string; required?: boolean }[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: { $ref: string } }> }
  >;
};

const schemaName = (ref: string) => ref.split("/").at(-1)!;

function operationHtml(method: string, path: string, op: Op): string {
  const params = op.parameters
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${esc(p.description ?? (p.in === "path" ? "The record's id" : ""))}</td></tr>`,
    )
    .join("");
  const body = op.requestBody
    ? `<p>Body: <a href="#schema-${schemaName(op.requestBody.content["application/json"].schema.$ref)}"><code>${schemaName(op.requestBody.content["application/json"].schema.$ref)}</code></a></p>`
    : "";
  const responses = Object.entries(op.responses)
    .map(([status, r]) => {
      const schema = Object.values(r.content ?? {})[0]?.schema.$ref;
      return `<li><strong>${esc(status)}</strong> ${esc(r.description)}${schema ? ` — <a href="#schema-${schemaName(schema)}"><code>${schemaName(schema)}</code></a>` : ""}</li>`;
    })
    .join("");
  return `<section class="op" aria-labelledby="op-${esc(method + path)}">
<h3 id="op-${esc(method + path)}"><span class="method">${esc(method.toUpperCase())}</span> <code>/api/v1${esc(path)}</code></h3>
<p>${esc(op.summary)} <span class="scope">scope: ${esc(op["x-scope"])}</span></p>
${params ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Meaning</th></tr></thead><tbody>${params}</tbody></table>` : ""}
${body}<ul>${responses}</ul></section>`;
}

let page: string | undefined;

function render(): string {
  if (page) return page;
  const doc = openApiDocument() as {
    paths: Record<string, Record<string, Op>>;
    components: { schemas: Record<string, unknown> };
  };
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      const list = byTag.get(op.tags[0]!) ?? [];
      list.push(operationHtml(method, path, op));
      byTag.set(op.tags[0]!, list);
    }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join("")}`).join("");
  const problems = Object.entries(PROBLEMS)
    .map(
      ([code, p]) =>
        `<tr id="problem-${code}"><td><code>${code}</code></td><td>${p.status}</td><td>${esc(p.title)}</td></tr>`,
    )
    .join("");
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<details id="schema-${name}"><summary><code>${name}</code></summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`,
    )
    .join("");
  page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fahrplan API v1 — reference</title><meta name="color-scheme" content="light dark">
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1c2230;background:#fff}
a{color:#1849a9}code,pre{background:#f1f3f7;border-radius:4px;padding:0 .25em;font-size:.9em}pre{padding:.75em;overflow-x:auto}
.op{border:1px solid #d5d9e2;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}.method{font-weight:700}
.scope{font-size:.85em;opacity:.8}table{border-collapse:collapse;width:100%;margin:.5rem 0;table-layout:fixed}th,td{overflow-wrap:anywhere}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #d5d9e2;vertical-align:top}caption{text-align:left;font-weight:600}
h3{font-size:1.05rem;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){body{color:#e6e9ef;background:#12151c}a{color:#8ab4ff}.op,th,td{border-color:#39404f}code,pre{background:#1d222c}}
</style></head><body><main>
<h1>Fahrplan API v1</h1>
<p>${esc((openApiDocument() as { info: { description: string } }).info.description)}</p>
<p>The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Getting started</h2>
<p>An owner or manager makes a token under <strong>Settings → API tokens</strong> (scope <code>read</code> or <code>read_write</code>); it is shown once. Then:</p>
<pre>curl -H "Authorization: Bearer fpat_…" ${esc("https://<your Fahrplan>/api/v1/tasks?status=todo&limit=20")}</pre>
<p>Record a day's value of a KPI (again with the same <code>Idempotency-Key</code> writes nothing more):</p>
<pre>curl -X POST -H "Authorization: Bearer fpat_…" -H "Content-Type: application/json" \\
  -H "Idempotency-Key: ticket-export-2026-12-07" \\
  -d '{"measurements":[{"date":"2026-12-07","value":12.5}]}' \\
  https://&lt;your Fahrplan&gt;/api/v1/kpis/&lt;kpiId&gt;/measurements</pre>
<p>Rate limit: ${API_POINTS} requests in any ${API_WINDOW_SECONDS} seconds per token (600 a minute); beyond it, 429 with <code>Retry-After</code>. Every change made through the API is in the organisation's audit log, naming the token.</p>
${sections}
<h2>Problems</h2><table><caption>Error answers (application/problem+json)</caption><thead><tr><th scope="col">type</th><th scope="col">Status</th><th scope="col">Meaning</th></tr></thead><tbody>${problems}</tbody></table>
<h2>Schemas</h2>${schemas}
</main></body></html>`;
  return page;
}

export function referenceResponse(): Response {
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "public, max-age=300",
  });
  applySecurityHeaders(headers, randomBytes(16).toString("base64"));
  return new Response(render(), { headers });
}
