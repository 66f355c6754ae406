// The share scanner's smaller hooks: frame assembly, a photo of a code, and the camera's controls.
import { useEffect, useRef, useState } from 'preact/hooks';
import { listCameras, setTorch, torchSupported } from './camera';
import { createFrameAssembly, type FrameAssembly } from './frame-assembly';
import type { useQrLook } from './useQrLook';

/** Frames are assembled in a worker (frames-worker.ts), so a hostile animated code cannot stall the screen. */
export function useFrameAssembly(): () => FrameAssembly {
  const assembler = useRef<FrameAssembly | undefined>(undefined);
  useEffect(() => () => assembler.current?.close(), []);
  return () => (assembler.current ??= createFrameAssembly());
}

/** A photo of a code, chosen from the phone: read thoroughly, once. */
export function useImageScan(
  getDecoder: ReturnType<typeof useQrLook>['getDecoder'],
  onTexts: (texts: string[]) => Promise<void>,
  onUnreadable: () => void,
) {
  const [busy, setBusy] = useState(false);
  const scan = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const bitmap = await createImageBitmap(file);
      const texts = await (await getDecoder()).decode(bitmap, true);
      bitmap.close();
      await onTexts(texts);
    } catch {
      onUnreadable();
    } finally {
      setBusy(false);
    }
  };
  return { busy, scan };
}

/** The torch (where the camera has one) and the list of cameras (known once permission is given). */
export function useCameraControls(stream: { current: MediaStream | undefined }, live: boolean, deviceId: string | undefined) {
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [torch, setTorchState] = useState<boolean | undefined>();
  useEffect(() => {
    if (!live || !stream.current) return undefined;
    let gone = false;
    setTorchState(torchSupported(stream.current) ? false : undefined);
    if (!deviceId) void listCameras().then((list) => !gone && setCameras(list));
    return () => { gone = true; };
  }, [live]);
  const toggleTorch = async () => {
    if (!stream.current || torch === undefined) return;
    if (await setTorch(stream.current, !torch)) setTorchState(!torch);
  };
  return { cameras, torch, toggleTorch };
}
