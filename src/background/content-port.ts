// Content scripts send their reports on a long-lived port (src/content/worker-channel.ts) rather
// than one runtime message each. A request through the port is routed exactly as a runtime message
// from the same sender (router.ts checks sender, type and payload); the answer goes back on the
// port with the request's id.
import type { Runtime } from 'webextension-polyfill';
import { CONTENT_PORT, type PortReply, type PortRequest } from '../shared/content-wire.ts';

type Route = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
type PortLike = Pick<Runtime.Port, 'name' | 'sender' | 'onMessage' | 'postMessage'>;

const isRequest = (m: unknown): m is PortRequest =>
  typeof m === 'object' && m !== null && Number.isSafeInteger((m as PortRequest).id) && 'message' in m;

export function serveContentPort(port: PortLike, route: Route): void {
  // Another port (a test's recorder, a future one) is not this one's business.
  if (port.name !== CONTENT_PORT) return;
  port.onMessage.addListener(async (request: unknown) => {
    // Without an id there is nobody to answer; the content script never sends such a thing.
    if (!isRequest(request)) return;
    const reply = await route(request.message, port.sender ?? {});
    try {
      port.postMessage({ id: request.id, reply } satisfies PortReply);
    } catch {
      // The page went away meanwhile: nothing to answer.
    }
  });
}
