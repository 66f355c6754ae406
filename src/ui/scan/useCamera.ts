// The camera for a scanner screen: opened when the screen shows (or the chosen camera changes, or
// the person asks to try again), every track stopped when it goes away.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openCamera, stopCamera, type CameraError } from './camera';

export function useCamera(deviceId?: string) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const [error, setError] = useState<CameraError | undefined>();
  const [live, setLive] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    void (async () => {
      const opened = await openCamera(deviceId);
      if (stopped) return stopCamera(opened.ok ? opened.value : undefined);
      if (!opened.ok) return setError(opened.error);
      stream.current = opened.value;
      setError(undefined);
      if (video.current) {
        video.current.srcObject = opened.value;
        await video.current.play().catch(() => undefined);
      }
      if (!stopped) setLive(true);
    })();
    return () => {
      stopped = true;
      stopCamera(stream.current);
      stream.current = undefined;
      if (video.current) video.current.srcObject = null;
      setLive(false);
    };
  }, [deviceId, attempt]);

  return {
    video,
    stream,
    error,
    live,
    retry: () => {
      setError(undefined);
      setAttempt((n) => n + 1);
    },
  };
}

/** A video element with a picture in it, ready to be looked at. */
export function hasPicture(v: HTMLVideoElement | null): v is HTMLVideoElement {
  return !!v && v.readyState >= 2 && v.videoWidth > 0;
}
