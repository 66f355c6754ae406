import { useEffect, useState } from 'preact/hooks';
import { documentInfo, openDocument, type DocumentInfo } from '../../app/support';
import { session } from '../../app/session';
import type { BlobId } from '../../domain/index';
import { t } from '../state/language';
import { formatSize } from '../kit/format';
import { messageFor } from '../kit/messages';

// Decrypted document URLs, shared by every card and emptied on lock (session revokes the URLs).
const urls = new Map<string, string>();
session.onLock(() => urls.clear());

type Loaded = { info: DocumentInfo; url: string } | { blobId: BlobId; error: string };

async function load(blobId: BlobId): Promise<Loaded> {
  const info = await documentInfo(blobId);
  if (!info.ok) return { blobId, error: info.error };
  const cached = urls.get(blobId);
  if (cached) return { info: info.value, url: cached };
  const url = await openDocument(info.value);
  if (!url.ok) return { blobId, error: url.error };
  urls.set(blobId, url.value);
  return { info: info.value, url: url.value };
}

/** Attached documents and photos as download links (photos also as a small picture). */
export function Documents({ ids }: { ids: readonly BlobId[] }) {
  const [items, setItems] = useState<Loaded[] | undefined>();
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map(load)).then((loaded) => live && setItems(loaded));
    return () => { live = false; };
  }, [ids.join(',')]);
  if (ids.length === 0) return null;
  return (
    <div>
      <h4 class="doc-heading">{t('support:documents.heading', { count: ids.length })}</h4>
      {!items && <p class="hint">{t('support:documents.loading')}</p>}
      <ul class="doc-list">
        {items?.map((item) =>
          'error' in item ? (
            <li key={item.blobId} class="form-error">{messageFor(item.error === 'not-found' ? 'document-missing' : item.error)}</li>
          ) : (
            <li key={item.info.blobId}>
              {item.info.type.startsWith('image/') && <img class="doc-thumb" src={item.url} alt="" />}
              <a href={item.url} download={item.info.name} dir="auto">
                {t('support:documents.download', { name: item.info.name, size: formatSize(item.info.size) })}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
