import { describe, expect, it } from 'vitest';
import { WorkerFailed, workerClient, type WorkerLike } from './worker-client';
import { createFrameAssembly } from './frame-assembly';

type Listener = (event: MessageEvent | Event) => void;

/** A Worker stand-in: answers each request by `reply`, or stays silent. */
class FakeWorker implements WorkerLike {
  listeners: Record<string, Listener[]> = {};
  terminated = false;
  sent: unknown[] = [];
  constructor(private reply?: (req: { id: number }) => unknown) {}
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
    const answer = this.reply?.(message as { id: number });
    if (answer !== undefined) queueMicrotask(() => this.emit('message', { data: answer } as MessageEvent));
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, event: Event | MessageEvent) {
    for (const l of this.listeners[type] ?? []) l(event);
  }
}

describe('a worker client', () => {
  it('matches answers to requests by id', async () => {
    const worker = new FakeWorker((req) => ({ id: req.id, echo: (req as unknown as { n: number }).n * 2 }));
    const client = workerClient<{ id: number; n: number }, { id: number; echo: number }>(worker);
    const [a, b] = await Promise.all([client.ask({ n: 1 }), client.ask({ n: 21 })]);
    expect([a.echo, b.echo]).toEqual([2, 42]);
    expect(client.alive).toBe(true);
  });

  it('fails every waiting request when the worker throws, and is then done', async () => {
    const worker = new FakeWorker();
    const client = workerClient<{ id: number }, { id: number }>(worker);
    const waiting = [client.ask({}), client.ask({})];
    let prevented = false;
    worker.emit('error', { preventDefault: () => { prevented = true; } } as unknown as Event);
    for (const w of waiting) await expect(w).rejects.toEqual(new WorkerFailed('error'));
    expect(prevented).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(client.alive).toBe(false);
    await expect(client.ask({})).rejects.toBeInstanceOf(WorkerFailed);
  });

  it('fails on a message it cannot read', async () => {
    const worker = new FakeWorker();
    const client = workerClient<{ id: number }, { id: number }>(worker);
    const waiting = client.ask({});
    worker.emit('messageerror', new Event('messageerror'));
    await expect(waiting).rejects.toEqual(new WorkerFailed('messageerror'));
  });

  it('fails a worker that never answers, after the timeout', async () => {
    const worker = new FakeWorker();
    const client = workerClient<{ id: number }, { id: number }>(worker, 5);
    await expect(client.ask({})).rejects.toEqual(new WorkerFailed('timeout'));
    expect(worker.terminated).toBe(true);
  });
});

describe('frame assembly when its worker fails', () => {
  it('says "restarted" once, then assembles on this thread', async () => {
    const worker = new FakeWorker();
    const assembly = createFrameAssembly(() => workerClient(worker));
    const first = assembly.accept('FF1:whatever');
    worker.emit('error', { preventDefault: () => undefined } as unknown as Event);
    expect(await first).toEqual({ kind: 'restarted' });
    // From now on the local assembler answers: a text that is not ours is a problem step, not a hang.
    const next = await assembly.accept('hello, not a Family File code');
    expect(next.kind).toBe('problem');
    assembly.close();
  });

  it('answers "repeat" for what was waiting when the screen closed it', async () => {
    const worker = new FakeWorker();
    const assembly = createFrameAssembly(() => workerClient(worker));
    const waiting = assembly.accept('FF1:whatever');
    assembly.close();
    expect(await waiting).toEqual({ kind: 'repeat' });
  });
});
