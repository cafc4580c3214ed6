// The fixture server the browser tests stand on: Host-header routing, its serving rules, the gate,
// and a certificate generated for the provider hostnames (no browser needed).
import type { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, E2E_FIXTURES_DIR, type FixtureServer, hostFolders, layerHostFolders, startFixtureServer } from './harness/index.ts';

let server: FixtureServer;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  cert: X509Certificate | null;
}

function get(host: string, path: string, { method = 'GET', body = '' } = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method, servername: host, headers: { host }, rejectUnauthorized: false },
      (res) => {
        const raw = (res.socket as TLSSocket).getPeerX509Certificate?.() ?? null;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text, cert: raw ?? null }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

beforeAll(async () => {
  server = await startFixtureServer({ hosts: layerHostFolders(hostFolders(DEMO_DIR), hostFolders(E2E_FIXTURES_DIR)) });
});

afterAll(async () => {
  await server?.close();
});

describe('fixture server', () => {
  it('serves each Host from its own folder, with a fresh certificate naming the hosts', async () => {
    const aws = await get('portal.aws.amazon.com', '/billing/signup');
    expect(aws.status).toBe(200);
    expect(aws.headers['content-type']).toMatch(/^text\/html/);
    expect(aws.body).toContain('Root user email address');
    const other = await get('www.example.org', '/');
    expect(other.body).toContain('Newsletter');
    expect(aws.cert?.subjectAltName).toContain('DNS:portal.aws.amazon.com');
    expect(aws.cert?.subjectAltName).toContain('DNS:www.example.org');
    expect(new Date(aws.cert!.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('refuses hosts it was not given and paths outside the folder', async () => {
    expect((await get('evil.example', '/')).status).toBe(421);
    expect((await get('portal.aws.amazon.com', '/../../../../etc/passwd')).status).toBe(404);
    expect((await get('portal.aws.amazon.com', '/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get('portal.aws.amazon.com', '/static/missing.css')).status).toBe(404);
  });

  it('layers several folders for one host, the first that has the file winning', async () => {
    expect((await get('portal.aws.amazon.com', '/billing/signup')).body).toContain('Sign up for AWS'); // demo/
    expect((await get('portal.aws.amazon.com', '/billing/signup/privacy/')).body).toContain('every kind of editable field'); // test fixtures
  });

  it('serves single-page-app routes from the nearest index.html', async () => {
    const route = await get('accounts.hetzner.com', '/signUp/personal');
    expect(route.status).toBe(200);
    expect(route.body).toContain('history.pushState');
  });

  it('answers a form POST with a redirect to the same path, logging the body', async () => {
    const posted = await get('portal.aws.amazon.com', '/billing/signup/contact', { method: 'POST', body: 'fullName=x' });
    expect(posted.status).toBe(303);
    expect(posted.headers.location).toBe('/billing/signup/contact');
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', host: 'portal.aws.amazon.com', body: 'fullName=x' });
  });

  it('holds a gate until it is released', async () => {
    const gate = server.gate('unit');
    let answered = false;
    const pending = get('portal.aws.amazon.com', '/__gate/unit').then((a) => {
      answered = true;
      return a;
    });
    await gate.requested;
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);
    gate.release();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/javascript/);
  });
});
