import { useEffect, useState } from 'preact/hooks';
import { childPhotoUrl, type StoredChild } from '../../app/family';
import './home.css';

/** The child's photo, decrypted lazily; until then (or without one) their initial on their colour. */
export function ChildAvatar({ child, size = 'large' }: { child: StoredChild; size?: 'large' | 'small' }) {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    setUrl(undefined);
    if (!child.photo) return;
    let live = true;
    void childPhotoUrl(child).then((r) => live && r.ok && setUrl(r.value));
    return () => void (live = false);
  }, [child.photo]);
  const name = child.preferredName ?? child.name;
  return (
    <span class={`child-avatar ${size}`} style={{ '--child-colour': child.colour }}>
      {url ? (
        // The name is always beside it, so the photo adds nothing for a screen reader.
        <img src={url} alt="" />
      ) : (
        <span aria-hidden="true">{[...name.trim()][0]?.toUpperCase() ?? '?'}</span>
      )}
    </span>
  );
}
