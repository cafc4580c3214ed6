// Byte sources for archive readers: a file, or a member of a WACZ zip, that can be (re)opened at any
// byte offset as a stream. Reopening is how a reader gets past a damaged record: it looks for the
// start of the next record after the damage and parses on from there. Nothing here holds more than
// one chunk of the stream in memory.
import { createReadStream } from 'node:fs';

export interface ByteSource {
  /** What the user named (a path, or `archive.wacz!archive/data.warc.gz`). */
  name: string;
  /** Total length in bytes (uncompressed length of the member for a zip entry). */
  size: number;
  /** The bytes from `offset` to the end. */
  open(offset: number): AsyncIterable<Uint8Array>;
}

export const CHUNK_SIZE = 256 * 1024;

export function fileSource(path: string, size: number, name = path): ByteSource {
  return {
    name,
    size,
    open: (offset) => createReadStream(path, { start: offset, highWaterMark: CHUNK_SIZE }) as AsyncIterable<Uint8Array>,
  };
}

/** Drops the first `count` bytes of a stream (for sources that cannot seek, such as a deflated zip member). */
export async function* skipBytes(stream: AsyncIterable<Uint8Array>, count: number): AsyncGenerator<Uint8Array> {
  let left = count;
  for await (const chunk of stream) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left > 0 ? chunk.subarray(left) : chunk;
    left = 0;
  }
}

/**
 * Counts the bytes that pass through, for the progress bar. `onBytes` receives each chunk's length.
 */
export async function* countBytes(stream: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    onBytes(chunk.length);
    yield chunk;
  }
}

/**
 * The offset of the first occurrence of `pattern` at or after `from`, or -1. When `atLineStart` is
 * set, a match counts only at `from` itself or right after a line feed (a record header starts a
 * line). Matches that straddle chunk boundaries are found.
 */
export async function findPattern(source: ByteSource, from: number, pattern: Uint8Array, atLineStart = false): Promise<number> {
  let carry = new Uint8Array(0);
  let carryStart = from;
  for await (const chunk of source.open(from)) {
    const buf = carry.length ? concat(carry, chunk) : chunk;
    const limit = buf.length - pattern.length;
    // Position 0 of a buffer that starts with the carried tail was examined in the previous round.
    for (let i = carry.length ? 1 : 0; i <= limit; i++) {
      if (buf[i] !== pattern[0]) continue;
      let ok = true;
      for (let j = 1; j < pattern.length; j++) {
        if (buf[i + j] !== pattern[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const at = carryStart + i;
      if (atLineStart && at !== from && buf[i - 1] !== 0x0a) continue;
      return at;
    }
    // Keep the tail that could start a match, plus the byte before it for the line-start check.
    const keep = Math.min(buf.length, pattern.length);
    carry = buf.slice(buf.length - keep);
    carryStart += buf.length - keep;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
