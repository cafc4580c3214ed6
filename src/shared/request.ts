// A page message to the worker and its typed reply (the reply map in messages.ts), for the
// extension's pages (popup, workspace). A worker that does not answer at all is 'unreachable'.
import browser from 'webextension-polyfill';
import type { ErrorCode, PageMessage, PageReplies, PageReply } from './messages.ts';

export type RequestErrorCode = ErrorCode | 'unreachable';
export type RequestReply<T> = { ok: true; data: T } | { ok: false; error: { code: RequestErrorCode; message: string } };

export async function request<M extends PageMessage>(message: M): Promise<RequestReply<PageReplies[M['type']]>> {
  try {
    const reply: PageReply<M['type']> | undefined = await browser.runtime.sendMessage(message);
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      return { ok: false, error: { code: 'unreachable', message: 'No answer from the background worker.' } };
    }
    return reply;
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) } };
  }
}
