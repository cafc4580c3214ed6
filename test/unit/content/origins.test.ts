import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectOrigins, originOf } from '../../../src/content/origins.ts';
import { shadowRootGetter } from '../../../src/content/shadow.ts';

describe('frame and script origins', () => {
  it('reports only origins (no paths or tokens) of frames and foreign scripts', () => {
    const { document } = parseHTML(`<html><body>
      <iframe src="https://js.stripe.com/v3/elements-inner-card.html?key=pk_live_secret#x"></iframe>
      <iframe src="/same-origin/frame.html"></iframe>
      <iframe src="about:blank"></iframe><iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<p>x"></iframe>
      <script src="https://js.stripe.com/v3/"></script><script src="/app.js"></script><script src="https://netverify.com/sdk.js?token=abc"></script>
    </body></html>`);
    expect(collectOrigins([document as unknown as Document], 'https://cloud.example.com/signup')).toEqual({
      frameOrigins: ['https://js.stripe.com', 'https://cloud.example.com'],
      scriptOrigins: ['https://js.stripe.com', 'https://netverify.com'],
    });
  });

  it('rejects what is not an http(s) URL', () => {
    expect(originOf('data:text/html,x', 'https://a.example/')).toBeNull();
    expect(originOf(null, 'https://a.example/')).toBeNull();
    expect(originOf('http://[bad', 'https://a.example/')).toBeNull();
  });
});

describe('shadow root access', () => {
  it('uses the open root, then the extension API for closed roots, and reports each root', () => {
    const open = { id: 'open' } as unknown as ShadowRoot;
    const closed = { id: 'closed' } as unknown as ShadowRoot;
    const seen: unknown[] = [];
    const chromeDom = { openOrClosedShadowRoot: (el: Element) => ((el as unknown as { closed?: boolean }).closed ? closed : null) };
    const get = shadowRootGetter(chromeDom, (r) => seen.push(r));
    expect(get({ shadowRoot: open } as unknown as Element)).toBe(open);
    expect(get({ shadowRoot: null, closed: true } as unknown as Element)).toBe(closed);
    expect(get({ shadowRoot: null } as unknown as Element)).toBeNull();
    expect(seen).toEqual([open, closed]);
  });

  it("uses Firefox's element property when there is no chrome.dom, and survives a throwing API", () => {
    const closed = {} as ShadowRoot;
    const get = shadowRootGetter(undefined, () => undefined);
    // A read-only property in Firefox (not a method): the Firefox e2e flows found closed roots unread when it was called.
    expect(get({ shadowRoot: null, openOrClosedShadowRoot: closed } as unknown as Element)).toBe(closed);
    expect(get({ shadowRoot: null, openOrClosedShadowRoot: null } as unknown as Element)).toBeNull();
    const throwingGetter = { shadowRoot: null, get openOrClosedShadowRoot(): ShadowRoot { throw new Error('x'); } };
    expect(get(throwingGetter as unknown as Element)).toBeNull();
    const throwing = shadowRootGetter({ openOrClosedShadowRoot: () => { throw new Error('x'); } }, () => undefined);
    expect(throwing({ shadowRoot: null } as unknown as Element)).toBeNull();
  });
});
