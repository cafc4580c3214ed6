// Checks every incoming message: who sent it, whether that kind of sender may send this type, and
// the payload's schema. It answers with a typed error and never throws.
import type { Runtime } from 'webextension-polyfill';
import {
  CONTENT_MESSAGE_TYPES,
  ContentMessageSchema,
  type ContentMessage,
  type ContentReply,
  fail,
  PAGE_MESSAGE_TYPES,
  type PageHandlers,
  type PageMessageOf,
  PageMessageSchema,
  type PageMessageType,
  type PageReply,
  type Reply,
} from '../shared/messages.ts';

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  onContent(message: ContentMessage, tabId: number, frameId: number): Promise<ContentReply>;
  /** One handler per page message type (the reply map in shared/messages.ts). */
  onPage: PageHandlers;
}

/** Hands a message to its type's handler; typed per type, so a handler's reply is checked against the map. */
function dispatch<K extends PageMessageType>(handlers: PageHandlers, message: PageMessageOf<K>): Promise<PageReply<K>> {
  return handlers[message.type](message);
}

type SenderKind = 'content' | 'page';

function senderKind(sender: Runtime.MessageSender, deps: RouterDeps): SenderKind | null {
  if (sender.id !== deps.extensionId) return null;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

export function createRouter(deps: RouterDeps) {
  return async function route(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    try {
      const kind = senderKind(sender, deps);
      if (!kind) return fail('bad-sender', 'Message from an unknown sender was ignored.');
      const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
      const allowed: readonly unknown[] = kind === 'content' ? CONTENT_MESSAGE_TYPES : PAGE_MESSAGE_TYPES;
      if (!allowed.includes(type)) return fail('not-allowed', `A ${kind} sender may not send "${String(type)}".`);
      if (kind === 'content') {
        const parsed = ContentMessageSchema.safeParse(raw);
        if (!parsed.success) return fail('bad-payload', `Malformed ${String(type)} message: ${parsed.error.issues[0]?.message}`);
        return await deps.onContent(parsed.data, sender.tab!.id!, sender.frameId ?? 0);
      }
      const parsed = PageMessageSchema.safeParse(raw);
      if (!parsed.success) return fail('bad-payload', `Malformed ${String(type)} message: ${parsed.error.issues[0]?.message}`);
      return await dispatch(deps.onPage, parsed.data);
    } catch (error) {
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
