// The camera, as results with codes: which camera, torch, and stopping every track.
export type CameraError = 'no-camera-api' | 'permission-denied' | 'no-camera' | 'camera-busy' | 'camera-failed';
/** The translation key that explains each camera error to the person holding the phone. */
export const CAMERA_MESSAGE: Readonly<Record<CameraError, string>> = {
  'no-camera-api': 'receive:camera.noCameraApi',
  'permission-denied': 'receive:camera.permissionDenied',
  'no-camera': 'receive:camera.noCamera',
  'camera-busy': 'receive:camera.busy',
  'camera-failed': 'receive:camera.failed',
};

export type CameraResult = { ok: true; value: MediaStream } | { ok: false; error: CameraError };

export async function openCamera(deviceId?: string): Promise<CameraResult> {
  const media = navigator.mediaDevices;
  if (!media?.getUserMedia) return { ok: false, error: 'no-camera-api' };
  // The rear camera is the one pointed at the other phone; a chosen camera wins.
  const video: MediaTrackConstraints = deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: 'environment' } };
  try {
    return { ok: true, value: await media.getUserMedia({ video, audio: false }) };
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, error: 'permission-denied' };
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return { ok: false, error: 'no-camera' };
    if (name === 'NotReadableError' || name === 'AbortError') return { ok: false, error: 'camera-busy' };
    return { ok: false, error: 'camera-failed' };
  }
}

export function stopCamera(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

export async function listCameras(): Promise<MediaDeviceInfo[]> {
  try {
    return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
  } catch {
    return [];
  }
}

export function torchSupported(stream: MediaStream): boolean {
  const track = stream.getVideoTracks()[0];
  // Chromium reports `torch`; the DOM typings do not know it yet.
  const caps: (MediaTrackCapabilities & { torch?: boolean }) | undefined = track?.getCapabilities?.();
  return caps?.torch === true;
}

export async function setTorch(stream: MediaStream, on: boolean): Promise<boolean> {
  const track = stream.getVideoTracks()[0];
  if (!track) return false;
  try {
    await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    return true;
  } catch {
    return false;
  }
}
