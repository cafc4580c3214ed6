// --render in real Chromium against the local archive: the SPA shell's script builds the form, the
// page's resources come from the archive only, and every request for anything else — including one
// aimed at a live local server standing in for the web — is blocked and counted, never made.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../unit/cli/run-cli.ts';
import { createRenderer } from '../../src/cli/render/renderer.ts';
import { runWaybackCommand } from '../../src/cli/wayback/command.ts';
import { pagesJsonl, writeWacz, writeWarc } from '../unit/archive/build-warc.ts';
import { type ArchiveServer, fakeClock, startArchiveServer } from '../unit/wayback/archive-server.ts';
import { RECORDS, SPA_APP, SPA_SCRIPT, SPA_SHELL, SPA_URL } from '../unit/wayback/fixtures.ts';

let dir: string;
let archive: ArchiveServer;
let live: ReturnType<typeof createServer>;
let liveHits = 0;
let liveUrl = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kyc-render-'));
  // "The live web": a server the rendered page tries to reach; it must never see a request.
  live = createServer((_req, res) => {
    liveHits++;
    res.end('live');
  });
  await new Promise<void>((resolve) => live.listen(0, '127.0.0.1', resolve));
  liveUrl = `http://127.0.0.1:${(live.address() as AddressInfo).port}/beacon`;
  const app = `${SPA_APP}\nfetch(${JSON.stringify(liveUrl)}).catch(function () {});\n`;
  archive = await startArchiveServer(dir, RECORDS.map((r) => (r.url === SPA_SCRIPT ? { ...r, body: app } : r)));
});
afterAll(async () => {
  await archive?.close();
  await new Promise<void>((resolve) => live.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('rendered captures', () => {
  it('wayback --render reads the form the SPA script builds, from archive resources only, blocking and counting the rest', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runWaybackCommand([SPA_URL, '--archive', archive.archive, '--render', '--no-cache'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { isTTY: false, write: (t: string) => (stderr += t) },
      clock: fakeClock(),
    });
    expect(code, stderr).toBe(0);
    const doc = JSON.parse(stdout) as { snapshots: { fields: { category: string }[]; provenance: { rendered?: boolean } }[] };
    expect(doc.snapshots).toHaveLength(1);
    expect(doc.snapshots[0]!.fields.map((f) => f.category).sort()).toEqual(['credentials', 'email', 'name']);
    expect(doc.snapshots[0]!.provenance.rendered).toBe(true);
    expect(stderr).toContain('built by script: rendered');
    // Blocked: the stylesheet, the logo, the analytics beacon and the "live" server — none held by the archive.
    const m = /Rendered: (\d+) requests served from the archive, (\d+) blocked/.exec(stderr);
    expect(m, stderr).not.toBeNull();
    expect(Number(m![2])).toBe(4);
    expect(liveHits).toBe(0);
    // Chromium asked the archive (through the CLI) for each of them, and for nothing anywhere else.
    expect(archive.requests.some((r) => r.includes(encodeURIComponent(liveUrl)) || r.includes(liveUrl))).toBe(true);
  });

  it('analyze --render reads WARC and WACZ pages with their script from the same archive, and a saved shell with an inline script', async () => {
    const warc = join(dir, 'spa.warc.gz');
    await writeWarc(
      warc,
      [
        { url: SPA_URL, date: '2023-04-01T10:00:00Z', body: SPA_SHELL },
        { url: SPA_SCRIPT, date: '2023-04-01T10:00:01Z', body: SPA_APP, contentType: 'application/javascript' },
      ],
      true,
    );
    // The same two records in a WACZ: the script is read from the zip member.
    const wacz = join(dir, 'spa.wacz');
    await writeWacz(wacz, [
      { name: 'archive/data.warc.gz', data: await readFile(warc) },
      { name: 'pages/pages.jsonl', data: pagesJsonl([{ url: SPA_URL, ts: '2023-04-01T10:00:00Z' }]) },
    ]);
    const inline = join(dir, 'inline.html');
    await writeFile(inline, SPA_SHELL.replace('<script src="/static/app.js"></script>', `<script>${SPA_APP}</script>`));
    const saved = await runCli(['analyze', warc, wacz, inline, '--render']);
    expect(saved.code, saved.stderr).toBe(0);
    const pages = JSON.parse(saved.stdout) as { source: string; note?: string; forms: { fields: { category: string }[] }[] }[];
    expect(pages).toHaveLength(3);
    for (const p of pages) {
      expect(p.note).toBe('built by script: rendered');
      expect(p.forms.flatMap((f) => f.fields.map((x) => x.category)).sort()).toEqual(['credentials', 'email', 'name']);
    }
    expect(saved.stderr).toMatch(/3 pages rendered .*requests served from the archives, \d+ blocked/);
    // Without --render the same pages are noted, not reported as having no fields.
    const plain = await runCli(['analyze', warc, inline, '--no-cache']);
    const notes = (JSON.parse(plain.stdout) as { note?: string }[]).map((p) => p.note);
    expect(notes).toEqual(['built by script: run with --render', 'built by script: run with --render']);
  });

  it('a capture rendered after another of the same site sees none of what the first one stored', async () => {
    // The page shows its form only to a first-time visitor, as some signup pages do.
    const page = `<!doctype html><div id="app"></div><script>
      var seen = localStorage.getItem('seen') || document.cookie.includes('seen=1');
      localStorage.setItem('seen', '1'); document.cookie = 'seen=1; path=/';
      if (!seen) document.getElementById('app').innerHTML = '<label for="m">Email</label><input id="m" type="email" name="email">';
    </script>`;
    const renderer = await createRenderer();
    try {
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await renderer.render({ url: 'https://signup.example.com/join', html: page, resources: async () => null });
        counts.push(r.analysis.forms.reduce((n, f) => n + f.fields.length, 0));
      }
      expect(counts).toEqual([1, 1, 1]);
    } finally {
      await renderer.close();
    }
  });

  it('abandons a page that never gives its thread back, and renders the next one', async () => {
    const renderer = await createRenderer({ renderTimeoutMs: 4000, formWaitMs: 500 });
    try {
      const hang = renderer.render({ url: 'https://signup.example.com/hang', html: '<div id="root"></div><script>while (true) {}</script>', resources: async () => null });
      await expect(hang).rejects.toThrow(/did not finish within 4 s/);
      const ok = await renderer.render({ url: 'https://signup.example.com/ok', html: '<form><label for="e">Email</label><input id="e" type="email"></form>', resources: async () => null });
      expect(ok.analysis.forms[0]?.fields.map((f) => f.category)).toEqual(['email']);
    } finally {
      await renderer.close();
    }
  });
});
