// nginx serving copies of the stored artifacts as static files, pre-compressed beside each
// (gzip_static, brotli_static): the static-file limit the app is compared with.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { DbClient } from "@/server/prisma-client";

const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** Null when nginx and its brotli_static module are installed, else how to install them. */
export function nginxMissing() {
  const nginx = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  if (nginx.error || !fs.existsSync(BROTLI_MODULE))
    return "bench:public needs nginx with the brotli_static module. On Debian/Ubuntu:\n  sudo apt-get update && sudo apt-get install -y nginx libnginx-mod-http-brotli-static";
  return null;
}

/**
 * Writes every stored artifact under `root`, with .gz and .br beside it: pages (no extension)
 * as <path>/index.html, since /quarters/x is a page and /quarters/x/editions/1 is below it.
 */
export async function exportArtifacts(db: DbClient, root: string) {
  const rows = await db.publicArtifact.findMany({ where: { path: { startsWith: "/" } } });
  for (const row of rows) {
    const file = path.join(root, path.extname(row.path) ? row.path : path.join(row.path, "index.html"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, row.body);
    fs.writeFileSync(`${file}.gz`, row.gzip);
    fs.writeFileSync(`${file}.br`, row.brotli);
  }
  return rows.length;
}

/** Starts nginx on `port` serving `root`, with one worker (the app is one Node process). */
export function startNginx(root: string, port: number, dir: string): ChildProcess {
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `load_module ${BROTLI_MODULE};
worker_processes ${process.env.NGINX_WORKERS ?? 1};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { text/csv csv; application/json json; application/atom+xml xml; text/css css; }
  default_type text/html;
  charset utf-8; charset_types text/csv application/json application/atom+xml text/css;
  gzip_static on; gzip_vary on; brotli_static on;
  etag on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    add_header Cache-Control "public, max-age=0, s-maxage=60, must-revalidate";
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  );
  return spawn("nginx", ["-c", conf, "-p", dir], { stdio: "inherit" });
}
