// One request in, one answer out, over a Worker, and never a silent stall: a worker that throws,
// cannot read a message, or does not answer in time fails every request it holds, and is then
// done (its owner starts a new one). Shared by the jsQR decoder and the frame assembler.

/** Longer than any single look should take, even on a slow phone under load. */
export const WORKER_ANSWER_TIMEOUT_MS = 8_000;

export class WorkerFailed extends Error {
  constructor(readonly why: 'error' | 'messageerror' | 'timeout' | 'closed') {
    super(`worker failed: ${why}`);
    this.name = 'WorkerFailed';
  }
}

/** What a Worker offers; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: MessageEvent | Event) => void): void;
  terminate(): void;
}

/** A request as the caller writes it: the client adds the id. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface WorkerClient<Req, Ans> {
  /** Sends `request` with a fresh id; resolves with the answer of that id, or rejects with WorkerFailed. */
  ask(request: WithoutId<Req>, transfer?: Transferable[]): Promise<Ans>;
  /** False once the worker has failed or was closed: start a new client. */
  readonly alive: boolean;
  close(): void;
}

export function workerClient<Req extends { id: number }, Ans extends { id: number }>(
  worker: WorkerLike,
  timeoutMs = WORKER_ANSWER_TIMEOUT_MS,
): WorkerClient<Req, Ans> {
  const waiting = new Map<number, { resolve: (a: Ans) => void; reject: (e: WorkerFailed) => void; timer: ReturnType<typeof setTimeout> }>();
  let nextId = 1;
  let alive = true;
  const fail = (why: WorkerFailed['why']) => {
    if (!alive) return;
    alive = false;
    worker.terminate();
    for (const w of waiting.values()) {
      clearTimeout(w.timer);
      w.reject(new WorkerFailed(why));
    }
    waiting.clear();
  };
  worker.addEventListener('message', (event) => {
    const answer = (event as MessageEvent<Ans>).data;
    const w = waiting.get(answer.id);
    if (!w) return;
    clearTimeout(w.timer);
    waiting.delete(answer.id);
    w.resolve(answer);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault?.(); // handled here: not an uncaught error in the page
    fail('error');
  });
  worker.addEventListener('messageerror', () => fail('messageerror'));
  return {
    ask(request, transfer = []) {
      if (!alive) return Promise.reject(new WorkerFailed('closed'));
      const id = nextId++;
      return new Promise<Ans>((resolve, reject) => {
        const timer = setTimeout(() => fail('timeout'), timeoutMs);
        waiting.set(id, { resolve, reject, timer });
        try {
          worker.postMessage({ ...request, id }, transfer);
        } catch {
          fail('error');
        }
      });
    },
    get alive() {
      return alive;
    },
    close: () => fail('closed'),
  };
}
