// A local HTTPS server that plays the providers' real hostnames: each Host header is served from its
// own folder, with a self-signed certificate generated for this run. Browsers are pointed at it with
// Chromium's --host-resolver-rules or Firefox's network.dns.localDomains, so the extension's real
// match patterns fire on real URLs such as https://portal.aws.amazon.com/billing/signup.
//
// Serving rules (kept small and predictable); a host may have several folders, layered in order:
// - GET/HEAD /a/b.ext       → <hostDir>/a/b.ext
// - GET /a/b (no extension) → <hostDir>/a/b/index.html, else <hostDir>/a/b.html, else the nearest
//                              ancestor folder's index.html (single-page apps with pushState routes)
// - POST /a/b               → the body is discarded (its size is logged), 303 redirect to GET /a/b, so a
//                              multi-page form flow posts each step to the next step's URL
// - GET /__gate/<name>      → held open until gate(name).release(): a page that loads it as a
//                              parser-blocking script cannot reach DOMContentLoaded (and so the
//                              extension's document_idle content script cannot run) before the test says so
// Every request is logged (method, host, path, headers, body) for tests that check what left a page.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { generate } from 'selfsigned';

/** Hostname → folder, or several folders layered in order (e.g. demo pages plus test-only pages). */
export type HostFolders = Record<string, string | string[]>;

export interface FixtureServerOptions {
  /** Hostname → folder (or folders, first match wins) served for requests with that Host header. */
  hosts: HostFolders;
  /** Port to listen on; 0 (default) picks a free one. Firefox's host mapping cannot carry a port: use 443. */
  port?: number;
}

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Request body as text (capped at 64 KiB); empty for GET. */
  body: string;
}

export interface Gate {
  /** Resolves once the page has requested /__gate/<name>. */
  requested: Promise<void>;
  /** Lets the held response (an empty script) complete. */
  release(): void;
}

export interface FixtureServer {
  port: number;
  /** The hostnames this server answers for. */
  hosts: string[];
  /** https://<host><path>: the real URL; the browser's host mapping sends it here. */
  url(host: string, path?: string): string;
  /** Holds GET /__gate/<name> until released (see the file comment). */
  gate(name: string): Gate;
  /** Every request received so far, oldest first. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const BODY_CAP = 64 * 1024;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file inside one of the roots (never outside them); null when nothing matches. */
export async function resolveFixturePath(roots: string | string[], urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const bases = (Array.isArray(roots) ? roots : [roots]).map((r) => resolve(r));
  const targets: [string, string][] = [];
  for (const base of bases) {
    const target = normalize(join(base, decoded));
    if (target === base || target.startsWith(base + sep)) targets.push([base, target]);
  }
  if (extname(decoded)) {
    for (const [, target] of targets) if (await isFile(target)) return target;
    return null;
  }
  for (const [, target] of targets) {
    for (const candidate of [join(target, 'index.html'), `${target}.html`]) {
      if (await isFile(candidate)) return candidate;
    }
  }
  // Single-page app routes: the nearest ancestor folder that has an index.html.
  for (const [base, target] of targets) {
    for (let dir = target; dir.startsWith(base); dir = resolve(dir, '..')) {
      if (await isFile(join(dir, 'index.html'))) return join(dir, 'index.html');
      if (dir === base) break;
    }
  }
  return null;
}

/** A certificate for the given hostnames (plus localhost), generated fresh for each run. */
async function certificateFor(hosts: string[]): Promise<{ key: string; cert: string }> {
  const names = [...new Set([...hosts, 'localhost'])];
  const pems = await generate([{ name: 'commonName', value: names[0]! }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size < BODY_CAP) chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8').slice(0, BODY_CAP)));
    req.on('error', () => done(''));
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const hosts = Object.keys(options.hosts).map((h) => h.toLowerCase());
  if (hosts.length === 0) throw new Error('startFixtureServer: give at least one hostname → folder.');
  const roots = new Map(
    Object.entries(options.hosts).map(([h, dirs]) => [h.toLowerCase(), (Array.isArray(dirs) ? dirs : [dirs]).map((d) => resolve(d))]),
  );
  const requests: LoggedRequest[] = [];
  const gates = new Map<string, { requested: () => void; released: Promise<void>; gate: Gate }>();

  const gateFor = (name: string) => {
    let entry = gates.get(name);
    if (!entry) {
      let onRequested!: () => void;
      let onRelease!: () => void;
      const requested = new Promise<void>((r) => {
        onRequested = r;
      });
      const released = new Promise<void>((r) => {
        onRelease = r;
      });
      entry = { requested: onRequested, released, gate: { requested, release: onRelease } };
      gates.set(name, entry);
    }
    return entry;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await readBody(req);
    requests.push({ method: req.method ?? '', host, path: url.pathname + url.search, headers: { ...req.headers }, body });

    const root = roots.get(host);
    if (!root) return send(res, 421, 'text/plain', `This fixture server does not serve ${host}.`);
    const gate = /^\/__gate\/([\w-]+)$/.exec(url.pathname);
    if (gate) {
      const entry = gateFor(gate[1]!);
      entry.requested();
      await entry.released;
      return send(res, 200, CONTENT_TYPES['.js']!, '/* gate released */');
    }
    if (req.method === 'POST') {
      res.writeHead(303, { location: url.pathname, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    const file = await resolveFixturePath(root, url.pathname);
    if (!file) return send(res, 404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>Not found</h1>');
    send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  };

  const server: Server = createServer(await certificateFor(hosts), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const port = options.port ?? 0;
      const hint =
        error.code === 'EADDRINUSE'
          ? ` Port ${port} is in use (is another test run or \`npm start\` still running?).`
          : error.code === 'EACCES'
            ? ` Binding port ${port} needs root or CAP_NET_BIND_SERVICE.`
            : '';
      fail(new Error(`Fixture server could not listen on 127.0.0.1:${port}: ${error.message}.${hint}`));
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hosts,
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    gate: (name) => gateFor(name).gate,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const entry of gates.values()) entry.gate.release();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
