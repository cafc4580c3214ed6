// How the content script's reports reach the worker: one long-lived runtime port per page instead
// of a runtime.sendMessage per report. Chromium opens a new message channel for every sendMessage
// (argument checks, a channel opened and closed, on the page's main thread): measured in the page's
// CPU profile, that was a quarter of a small page's scan. A port opens once; each report is one
// postMessage. Replies come back on the port, matched to their request by id. When the worker
// stops (an MV3 worker is stopped when idle) the port disconnects: the reports waiting for a reply
// fail like an unreachable worker (the scanner retries), and the next report opens a new port, which
// wakes the worker. The worker validates what comes through the port exactly as a runtime message.
import { CONTENT_PORT, type PortReply, type PortRequest } from '../shared/content-wire.ts';

type Listeners<A extends unknown[]> = { addListener(fn: (...args: A) => void): void };
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: Listeners<[unknown]>;
  onDisconnect: Listeners<[]>;
}
export interface ConnectRuntime {
  connect(info: { name: string }): PortLike;
}

type Pending = { resolve(reply: unknown): void; reject(error: Error): void };

const isReply = (m: unknown): m is PortReply => typeof m === 'object' && m !== null && typeof (m as PortReply).id === 'number';

export function createWorkerChannel(runtime: ConnectRuntime) {
  let port: PortLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function open(): PortLike {
    const p = runtime.connect({ name: CONTENT_PORT });
    p.onMessage.addListener((m) => {
      if (!isReply(m)) return;
      const waiting = pending.get(m.id);
      pending.delete(m.id);
      waiting?.resolve(m.reply);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      const lost = [...pending.values()];
      pending.clear();
      for (const w of lost) w.reject(new Error('The worker disconnected.'));
    });
    return p;
  }

  /** Sends `message`; resolves with the worker's reply, rejects when the worker cannot be reached. */
  return function send(message: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: PortRequest = { id, message };
      try {
        port ??= open();
        port.postMessage(request);
      } catch {
        // A port whose worker went away may throw on post before its disconnect event arrives: a new one.
        try {
          port = open();
          port.postMessage(request);
        } catch (error) {
          pending.delete(id);
          port = null;
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
  };
}
