// Gzip is sniffed by its magic bytes, never by the file name: CC-NEWS ships `.warc.gz`, people rename
// files, and a `.jsonl` may well be compressed. Node's Gunzip decodes concatenated members (one member
// per WARC record is the norm), so a single stream handles both whole-file and per-record compression.

import { once } from "node:events";
import { type FileHandle, open } from "node:fs/promises";
import { constants, createGunzip } from "node:zlib";
import { IsnadError } from "../../core/errors.js";

/**
 * The first bytes of a stream (at least `size`, or all of it when shorter) and the whole stream again.
 * Returning early from the replay closes the source (and its file handle).
 */
export async function peek(
  source: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ first: Uint8Array; stream: AsyncGenerator<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    try {
      yield* head;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }
  return { first: head.length === 1 ? head[0]! : new Uint8Array(Buffer.concat(head)), stream: replay() };
}

/** What the reader of a gunzipped stream learns only at its end. */
export interface GzipStatus {
  /** The stream started with the gzip magic and was gunzipped (set once its first bytes are seen). */
  compressed?: boolean;
  /** The stream ended inside a gzip member: the file was cut short. Set before the stream ends, after
   * every byte the cut member still held was handed out. */
  cutShort: boolean;
}

/** True when the bytes start with the gzip magic number 1f 8b. */
export function isGzip(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= 2 && firstBytes[0] === 0x1f && firstBytes[1] === 0x8b;
}

/**
 * Passes the stream through unchanged, or gunzips it when its first two bytes are the gzip magic.
 * Nothing is buffered beyond the chunk(s) needed to see two bytes.
 */
export async function* gunzipIfNeeded(
  source: AsyncIterable<Uint8Array>,
  status: GzipStatus = { cutShort: false },
): AsyncGenerator<Uint8Array> {
  const { first, stream } = await peek(source, 2);
  if (!isGzip(first)) {
    yield* stream;
    return;
  }
  status.compressed = true;
  yield* inflate(stream, status);
}

/**
 * Input is written to zlib in slices of at most this size. When zlib meets damaged data it discards
 * the output of the whole write, so smaller writes lose fewer good records before a corrupt spot.
 */
const WRITE_BYTES = 16 * 1024;
/** Output kept waiting for the consumer before inflation pauses (backpressure down to the file). */
const HIGH_WATER_BYTES = 256 * 1024;

/**
 * Gunzips a byte stream. Written by hand rather than as `for await (… of gunzip)` because a Node stream
 * that errors is destroyed with its buffered output: the last good records before a corrupt spot would
 * be lost. Here every byte inflated before the failing write is handed out first, then the error.
 * At the end of the input a sync flush hands out everything the last member holds; only when the
 * consumer has taken it all does finishing say whether that member was whole. A cut one ends the stream
 * cleanly with `status.cutShort` set rather than with an error: readers read ahead, and an error would
 * reach them before the last good records. They see a cut inside a record themselves (a WARC record
 * short of its Content-Length) and the flag tells them of a cut between two (a member cut within its
 * first bytes inflates to nothing at all).
 */
async function* inflate(input: AsyncGenerator<Uint8Array>, status: GzipStatus): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  let inputEnded = false;
  const queue: Uint8Array[] = [];
  let queued = 0;
  let failure: unknown = null;
  let finished = false;
  /** The consumer, waiting for output or the end. */
  const consumer = new Wakeup();
  /** The feeder, waiting for the consumer to have taken every chunk handed out so far. */
  const emptied = new Wakeup();
  const poke = () => consumer.wake();
  gunzip.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > HIGH_WATER_BYTES) gunzip.pause();
    poke();
  });
  gunzip.on("error", (error: NodeJS.ErrnoException) => {
    if (inputEnded && error.code === "Z_BUF_ERROR") {
      status.cutShort = true;
      finished = true;
    } else failure ??= error;
    poke();
  });
  gunzip.on("end", () => {
    finished = true;
    poke();
  });

  // Feeds the input in the background; write() returning false (gunzip paused, its buffers full)
  // makes it wait, so a slow consumer slows the file reads instead of filling memory.
  const stopFeeding = new AbortController();
  const feeding = (async () => {
    try {
      for await (const chunk of input) {
        for (let offset = 0; offset < chunk.length; offset += WRITE_BYTES) {
          if (stopFeeding.signal.aborted) break;
          const slice = chunk.subarray(offset, offset + WRITE_BYTES);
          if (!gunzip.write(slice)) await once(gunzip, "drain", { signal: stopFeeding.signal });
        }
        if (stopFeeding.signal.aborted) break;
      }
      if (!stopFeeding.signal.aborted) {
        // (a stream that failed meanwhile never calls back: the consumer's stop ends the wait)
        await new Promise<void>((resolve) => {
          gunzip.flush(constants.Z_SYNC_FLUSH, () => resolve());
          stopFeeding.signal.addEventListener("abort", () => resolve(), { once: true });
        });
        // Finishing a cut member fails, and a failing Node stream drops the output it still buffers:
        // the consumer takes all of it first.
        while (!stopFeeding.signal.aborted && (queue.length > 0 || gunzip.readableLength > 0)) {
          await emptied.wait(stopFeeding.signal);
        }
        if (stopFeeding.signal.aborted) return;
        inputEnded = true;
        gunzip.end();
      }
    } catch (error) {
      if (!stopFeeding.signal.aborted) {
        failure ??= error;
        poke();
      }
    }
  })();

  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (queued <= HIGH_WATER_BYTES / 2 && gunzip.isPaused()) gunzip.resume();
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      emptied.wake();
      await consumer.wait();
    }
  } finally {
    // The consumer stopped (or we failed): stop feeding, which closes the input and its file.
    stopFeeding.abort();
    gunzip.destroy();
    await feeding;
  }
}

/** One side of the inflater waiting for the other: `wait` until `wake` (or the signal's abort). */
class Wakeup {
  private resolve: (() => void) | null = null;

  wait(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolve = resolve;
      signal?.addEventListener("abort", () => resolve(), { once: true });
    });
  }

  wake(): void {
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.();
  }
}

/**
 * Opens a file as a byte stream, gunzipping it when its content (not its name) says gzip.
 * Rejects with IsnadError E_NOT_FOUND / E_UNREADABLE when the path cannot be opened as a file.
 */
export async function openMaybeGzip(
  path: string,
  status: GzipStatus = { cutShort: false },
): Promise<AsyncIterable<Uint8Array>> {
  // Opening (not just stat-ing) up front turns a missing or unreadable file into a rejected promise the
  // caller can report, instead of an error halfway through a reader.
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new IsnadError("E_NOT_FOUND", `${path} does not exist`, path, { cause: error });
    }
    throw new IsnadError("E_UNREADABLE", `${path} could not be opened (${code ?? String(error)})`, path, {
      cause: error,
    });
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new IsnadError("E_UNREADABLE", `${path} is not a regular file`, path);
  }
  return gunzipIfNeeded(handle.createReadStream(), status);
}
