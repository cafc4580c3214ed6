// A worker thread of the page pool: analyses one page per message and answers with its result or
// the error, so one bad page never takes the batch down.
import { parentPort } from 'node:worker_threads';
import { analyzeHtml, type PageTask } from './task.ts';

export interface WorkerRequest {
  id: number;
  task: PageTask;
}
export type WorkerReply = { id: number; ok: true; result: ReturnType<typeof analyzeHtml> } | { id: number; ok: false; error: string };

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id: msg.id, ok: true, result: analyzeHtml(msg.task) };
    } catch (e) {
      reply = { id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
