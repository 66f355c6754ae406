// A photo that decrypts only when it scrolls near the screen.
import { useEffect, useRef, useState } from 'preact/hooks';
import { photoUrl } from '../../app/photos';
import type { BlobId } from '../../app/journal';
import { t } from '../state/language';
import './kit.css';

export function PhotoThumb({ id, alt }: { id: BlobId; alt: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [url, setUrl] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    const load = () => void photoUrl(id).then((r) => {
      if (!live) return;
      if (r.ok) setUrl(r.value);
      else setFailed(true);
    });
    if (typeof IntersectionObserver === 'undefined') {
      load();
      return () => { live = false; };
    }
    const seen = new IntersectionObserver((items) => {
      if (items.some((i) => i.isIntersecting)) {
        seen.disconnect();
        load();
      }
    }, { rootMargin: '200px' });
    seen.observe(el);
    return () => {
      live = false;
      seen.disconnect();
    };
  }, [id]);
  return (
    <span ref={ref} class="photo-thumb" data-photo-id={id}>
      {url ? <img src={url} alt={alt} loading="lazy" decoding="async" /> : (
        <span class="photo-placeholder" role="img" aria-label={failed ? t('journal:photos.unavailable') : alt}>
          {failed ? '⚠' : ''}
        </span>
      )}
    </span>
  );
}
