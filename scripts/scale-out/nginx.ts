// nginx in front of the instances: finding the binary, the configuration of
// the check, starting it, and reading its access log afterwards.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { run, startProcess, waitForOk } from "../ops-lib";
import type { Child } from "../ops-lib";
import { FAIL_TIMEOUT_S } from "./settings";

export function findNginx(): string | null {
  const candidates = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/local/sbin/nginx"];
  for (const dir of (process.env.PATH ?? "").split(":")) candidates.push(path.join(dir, "nginx"));
  return candidates.find((c): c is string => Boolean(c) && fs.existsSync(c!)) ?? null;
}

export function nginxVersion(bin: string): string {
  const result = spawnSync(bin, ["-v"], { encoding: "utf8" });
  return /nginx\/([\d.]+)/.exec(result.stderr)?.[1] ?? "";
}

export type Nginx = { child: Child; origin: string; accessLog: string; errorLog: string };

/** Writes the configuration into `tmp`/nginx, tests it, starts nginx and waits until it proxies. */
export async function startNginx(opts: {
  bin: string;
  tmp: string;
  listen: number;
  upstreams: number[];
}): Promise<Nginx> {
  const nginxDir = path.join(opts.tmp, "nginx");
  fs.mkdirSync(nginxDir, { recursive: true });
  fs.chmodSync(nginxDir, 0o755);
  const accessLog = path.join(nginxDir, "access.log");
  fs.writeFileSync(
    path.join(nginxDir, "nginx.conf"),
    nginxConfig({ dir: nginxDir, listen: opts.listen, upstreams: opts.upstreams, accessLog }),
  );
  const nginxArgs = [
    "-p",
    nginxDir,
    "-c",
    path.join(nginxDir, "nginx.conf"),
    "-e",
    path.join(nginxDir, "error.log"),
  ];
  run(opts.bin, [...nginxArgs, "-t", "-q"]);
  const child = startProcess("nginx", opts.bin, nginxArgs, {
    logFile: path.join(nginxDir, "stdout.log"),
  });
  const origin = `http://127.0.0.1:${opts.listen}`;
  await waitForOk(`${origin}/readyz`, 20_000, child);
  return { child, origin, accessLog, errorLog: path.join(nginxDir, "error.log") };
}

export type LbLine = { start: number; end: number; status: number; upstreams: string[] };

/** The access log in the check's format: times in seconds, the upstreams tried in order. */
export function parseNginxLog(file: string): LbLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [msec, requestTime, status, upstreams] = line.split("\t");
      const end = Number(msec);
      return {
        end,
        start: end - Number(requestTime),
        status: Number(status),
        upstreams: (upstreams ?? "").split(/,\s*|\s*:\s+/).filter((u) => u.includes(":")),
      };
    });
}

/** The nginx configuration of the check; docs/operations.md shows the production version. */
function nginxConfig(opts: {
  dir: string;
  listen: number;
  upstreams: number[];
  accessLog: string;
}) {
  const { dir } = opts;
  return `# Written by scripts/scale-out/nginx.ts
daemon off;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  log_format check '$msec\\t$request_time\\t$status\\t$upstream_addr\\t$upstream_status\\t$request_method $uri';
  access_log ${opts.accessLog} check;

  upstream fahrplan {
${opts.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=${FAIL_TIMEOUT_S}s;`).join("\n")}
    keepalive 32;
    # Below Node's keep-alive timeout (5 s): otherwise the app may close an idle
    # connection just as nginx sends a request on it, and a POST cannot be retried.
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${opts.listen};
    client_max_body_size 10m;

    location / {
      proxy_pass http://fahrplan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The app checks a POST's Origin against the Host it sees: pass it on.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      # The default: a request goes to the other instance when the connection
      # fails or times out, but a POST that was already sent is never repeated.
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}
