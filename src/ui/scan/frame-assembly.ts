// The scanner's side of frames-worker.ts: texts go in, steps come back, in order. The worker
// starts with the first text; where a Worker cannot start, the same assembler runs here instead.
import { ScanAssembler, type ScanStep } from '../../app/scan-decode';
import type { FramesWorkerAnswer, FramesWorkerRequest } from './frames-worker';

export interface FrameAssembly {
  accept(text: string, fromImage?: boolean): Promise<ScanStep>;
  close(): void;
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL('./frames-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

export function createFrameAssembly(): FrameAssembly {
  let worker: Worker | undefined;
  let local: ScanAssembler | undefined;
  const waiting = new Map<number, (step: ScanStep) => void>();
  let nextId = 1;
  const viaWorker = (): Worker | undefined => {
    if (worker || local) return worker;
    worker = startWorker();
    if (!worker) {
      local = new ScanAssembler();
      return undefined;
    }
    worker.addEventListener('message', (e: MessageEvent<FramesWorkerAnswer>) => {
      waiting.get(e.data.id)?.(e.data.step);
      waiting.delete(e.data.id);
    });
    return worker;
  };
  return {
    accept(text, fromImage = false) {
      const w = viaWorker();
      if (!w) return Promise.resolve((local ??= new ScanAssembler()).accept(text, fromImage));
      const id = nextId++;
      return new Promise<ScanStep>((resolve) => {
        waiting.set(id, resolve);
        const request: FramesWorkerRequest = { id, text, fromImage };
        w.postMessage(request);
      });
    },
    close() {
      worker?.terminate();
      for (const resolve of waiting.values()) resolve({ kind: 'repeat' });
      waiting.clear();
    },
  };
}
