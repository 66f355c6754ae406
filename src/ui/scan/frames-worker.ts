// Assembles scanned texts into Family File payloads off the main thread. An animated code is many
// frames, and a hostile one can make each frame cost work (bounded, but not free on a cheap phone):
// here it can never stall the camera preview or the screen. One request in, one answer out.
import { ScanAssembler, type ScanStep } from '../../app/scan-decode';

export type FramesWorkerRequest = { id: number; text: string; fromImage: boolean } | { id: number; reset: true };
export interface FramesWorkerAnswer {
  id: number;
  step: ScanStep;
}

const assembler = new ScanAssembler();

self.addEventListener('message', (event: MessageEvent<FramesWorkerRequest>) => {
  const request = event.data;
  let step: ScanStep;
  if ('reset' in request) {
    assembler.reset();
    step = { kind: 'repeat' };
  } else {
    step = assembler.accept(request.text, request.fromImage);
  }
  const answer: FramesWorkerAnswer = { id: request.id, step };
  (self as unknown as { postMessage(m: FramesWorkerAnswer): void }).postMessage(answer);
});
