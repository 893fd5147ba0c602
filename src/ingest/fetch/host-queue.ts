import { BoundedMap } from "./bounded-map.js";

// One request at a time per host, with a rest between them: a news site should see us as one slow
// reader, however many of its URLs a batch holds. Different hosts never wait for each other.

interface HostState {
  /** Settles when the last task queued for this host has finished. */
  tail: Promise<void>;
  pending: number;
  /** performance.now() when this host's last request finished; -Infinity before the first. */
  lastFinishedAt: number;
}

export interface Turn {
  /**
   * Waits until `gapMs` have passed since this host's previous request finished, and records that
   * this task makes a request (so the next one waits after it). A task that ends without calling it
   * (say, refused by robots.txt) costs the host no rest.
   */
  wait(gapMs: number): Promise<void>;
}

export const MAX_TRACKED_HOSTS = 10_000;

export class HostQueue {
  // A host with queued work is never evicted: its chain is what keeps its requests in order.
  readonly #hosts = new BoundedMap<string, HostState>(MAX_TRACKED_HOSTS, (state) => state.pending === 0);
  readonly #signal: AbortSignal;

  /** `signal` aborts every wait (the fetcher is closing). */
  constructor(signal: AbortSignal) {
    this.#signal = signal;
  }

  /** Runs `task` after every task queued earlier for `host`, in call order. */
  run<T>(host: string, task: (turn: Turn) => Promise<T>): Promise<T> {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), pending: 0, lastFinishedAt: Number.NEGATIVE_INFINITY };
      this.#hosts.set(host, state);
    }
    const own = state;
    own.pending += 1;
    let requested = false;
    const turn: Turn = {
      wait: async (gapMs) => {
        await sleepUntil(own.lastFinishedAt + gapMs, this.#signal);
        requested = true;
      },
    };
    const result = own.tail.then(async () => {
      try {
        return await task(turn);
      } finally {
        // Measured from the end, not the start, so a slow response also buys the server its rest.
        if (requested) own.lastFinishedAt = performance.now();
        own.pending -= 1;
      }
    });
    own.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** Resolves once performance.now() ≥ target; timers may fire a little early, so it re-checks. */
export async function sleepUntil(target: number, signal: AbortSignal): Promise<void> {
  for (;;) {
    signal.throwIfAborted();
    const remaining = target - performance.now();
    if (remaining <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      }, Math.ceil(remaining));
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}
