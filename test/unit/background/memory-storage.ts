// An in-memory storage area with the browser's semantics that matter here: values are copied on
// write and read (structured clone), and every call is asynchronous.
export function memoryStorage() {
  const data = new Map<string, unknown>();
  let writes = 0;
  return {
    data,
    get writes() {
      return writes;
    },
    async get(keys?: string | string[] | null | Record<string, unknown>): Promise<Record<string, unknown>> {
      await Promise.resolve();
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : keys ? Object.keys(keys) : [...data.keys()];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      await Promise.resolve();
      writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]): Promise<void> {
      await Promise.resolve();
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}
