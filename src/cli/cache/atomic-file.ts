// What the CLI's on-disk caches share: one file per key in a folder named by the key's first two hex
// digits (no folder grows too large), written through a temporary name and a rename so a killed run
// never leaves half a file.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `<root>/<first two characters of key>/<key><ext>`. */
export const shardedPath = (root: string, key: string, ext: string): string => join(root, key.slice(0, 2), `${key}${ext}`);

let counter = 0;

/** Writes `data` to `path` all or nothing. A failed write is dropped: it only costs a re-run or a re-fetch. */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
  }
}
