// nginx as the load balancer of the multi-instance browser suite (issue 22): two `next start`
// processes of one build behind it, round-robin, no sticky sessions. The proxy settings are the
// ones docs/deploy.md gives, without TLS; each answer names the instance that served it
// (X-Upstream), so a test can tell one from the other.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** Writes nginx.conf into `directory` (its prefix: pid, temp files) and returns its path. */
export function writeNginxConfig(directory: string, port: number, upstreams: number[]): string {
  mkdirSync(join(directory, "temp"), { recursive: true });
  const config = join(directory, "nginx.conf");
  writeFileSync(
    config,
    `# Made by scripts/lib/nginx.ts for the multi-instance browser suite.
${process.getuid?.() === 0 ? "# As root (CI), the worker stays root: it writes this directory's temp files.\nuser root;\n" : ""}worker_processes 1;
pid ${join(directory, "nginx.pid")};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path ${join(directory, "temp")};
  proxy_temp_path ${join(directory, "temp")};
  fastcgi_temp_path ${join(directory, "temp")};
  uwsgi_temp_path ${join(directory, "temp")};
  scgi_temp_path ${join(directory, "temp")};
  upstream family_app {
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream};`).join("\n")}
    keepalive 32;
    # Shorter than Node's own 5 s: nginx must close an idle connection before the app does, or
    # it sends a request down one the app just closed, gets a reset, and takes that instance out
    # of the rotation for 10 s (seen in CI: one instance served all of a test's requests).
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 6m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    add_header X-Upstream $upstream_addr always;
    # nginx refuses a path it cannot decode (%ZZ) before any app sees it: API clients still get
    # the API's error shape (docs/deploy.md).
    error_page 400 /__bad_request;
    location = /__bad_request {
      internal;
      add_header X-Request-Id $request_id always;
      # The request line, as sent: $request_uri is empty when the path could not be parsed.
      if ($request ~ "^[A-Z]+ /api[/? ]") {
        return 400 '{"error":{"code":"invalid_input","message":"The request path could not be decoded."}}';
      }
      return 400 '{"error":{"code":"invalid_input","message":"Bad request."}}';
    }
    location = /api/live {
      proxy_pass http://family_app;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
    location / {
      proxy_pass http://family_app;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
`,
  );
  return config;
}
