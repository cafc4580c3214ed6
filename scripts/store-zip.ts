// Byte-reproducible zip archives for the stores. The same files give the same bytes on any machine
// and at any time: entries in sorted order, one fixed timestamp, one file mode, and no extra fields.
// That is what lets anyone rebuild a commit and compare it with the add-on the stores publish.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ZipFile } from 'yazl';

/** 1980-01-01, the earliest time a zip can hold: no build date leaks into the archive. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file below `dir`, as sorted forward-slash paths relative to it. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A zip of `files` (paths relative to `root`), in the order given after sorting. */
export function zipFiles(root: string, files: readonly string[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const file of [...files].sort()) {
    zip.addBuffer(readFileSync(join(root, file)), file, { mtime: FIXED_TIME, mode: 0o100644, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
