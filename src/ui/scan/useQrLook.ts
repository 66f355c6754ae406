// Looks at a live camera for QR codes, about every `everyMs`, and never stalls: a failed look
// drops the decoder (the next look starts a new one) and sets `trouble` until a look works again.
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { startLookLoop } from './look-loop';
import { createQrDecoder, type QrDecoder } from './qr-decoder';
import { hasPicture } from './useCamera';

export function useQrLook(
  video: MutableRef<HTMLVideoElement | null>,
  live: boolean,
  onTexts: (texts: string[]) => Promise<boolean> | boolean,
  everyMs: number,
) {
  const decoder = useRef<Promise<QrDecoder> | undefined>(undefined);
  const sink = useRef(onTexts);
  sink.current = onTexts;
  const [trouble, setTrouble] = useState(false);
  const getDecoder = () => (decoder.current ??= createQrDecoder());

  useEffect(() => () => void decoder.current?.then((d) => d.close()), []);

  useEffect(() => {
    if (!live) return undefined;
    return startLookLoop({
      look: async () => {
        const v = video.current;
        return hasPicture(v) ? (await getDecoder()).decode(v) : [];
      },
      onTexts: (texts) => sink.current(texts),
      onTrouble: () => {
        const broken = decoder.current;
        decoder.current = undefined;
        void broken?.then((d) => d.close());
        setTrouble(true);
      },
      onRecovered: () => setTrouble(false),
      everyMs,
    });
  }, [live]);

  return { trouble, getDecoder };
}
