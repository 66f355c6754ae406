// The scanner's side of frames-worker.ts: texts go in, steps come back, in order. The worker
// starts with the first text. Where a Worker cannot start, or the one running fails, the same
// assembler runs here instead (a failed worker's partial animated code is lost: `restarted` says so).
import { ScanAssembler, type ScanStep } from '../../app/scan-decode';
import type { FramesWorkerAnswer, FramesWorkerRequest } from './frames-worker';
import { workerClient, type WorkerClient } from './worker-client';

export interface FrameAssembly {
  /** Never rejects: a worker failure moves assembly to this thread and answers `restarted`. */
  accept(text: string, fromImage?: boolean): Promise<ScanStep | { kind: 'restarted' }>;
  close(): void;
}

function startWorker(): WorkerClient<FramesWorkerRequest, FramesWorkerAnswer> | undefined {
  try {
    return workerClient(new Worker(new URL('./frames-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return undefined;
  }
}

export function createFrameAssembly(start: typeof startWorker = startWorker): FrameAssembly {
  let client: WorkerClient<FramesWorkerRequest, FramesWorkerAnswer> | undefined;
  let local: ScanAssembler | undefined;
  let closed = false;
  return {
    async accept(text, fromImage = false) {
      if (!local && !client) {
        client = start();
        if (!client) local = new ScanAssembler();
      }
      if (local) return local.accept(text, fromImage);
      try {
        const answer = await client!.ask({ text, fromImage });
        return answer.step;
      } catch {
        if (closed) return { kind: 'repeat' };
        local = new ScanAssembler();
        return { kind: 'restarted' };
      }
    },
    close() {
      closed = true;
      client?.close();
    },
  };
}
