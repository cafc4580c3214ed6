// An in-memory storage area with the browser's semantics that matter here: values are copied on
// write and read (structured clone), every call is asynchronous, and each change is announced to
// `onChanged` listeners in a later task, as the browser does.
type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>) => void;

export function memoryStorage() {
  const data = new Map<string, unknown>();
  const listeners: Listener[] = [];
  let writes = 0;
  let reads = 0;
  const announce = (changes: Record<string, Change>) => {
    if (!Object.keys(changes).length) return;
    setTimeout(() => {
      for (const listener of listeners) listener(structuredClone(changes));
    }, 0);
  };
  return {
    data,
    get writes() {
      return writes;
    },
    get reads() {
      return reads;
    },
    async get(keys?: string | string[] | null | Record<string, unknown>): Promise<Record<string, unknown>> {
      await Promise.resolve();
      reads++;
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : keys ? Object.keys(keys) : [...data.keys()];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      await Promise.resolve();
      writes++;
      const changes: Record<string, Change> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      announce(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      await Promise.resolve();
      const changes: Record<string, Change> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      announce(changes);
    },
    onChanged: {
      addListener(listener: Listener) {
        listeners.push(listener);
      },
    },
  };
}

/** Lets the announced changes arrive. */
export const changesDelivered = () => new Promise((resolve) => setTimeout(resolve, 5));
