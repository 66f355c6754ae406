import { useEffect, useState } from 'preact/hooks';
import { recordStore, type StoredChild } from '../../app/record-store';

/**
 * The family's children and the one a screen is about: the child in the address when there is
 * such a child, else the first. `error` is the code when the record could not be loaded.
 */
export function useChildChoice(fromAddress: string | undefined) {
  const [children, setChildren] = useState<StoredChild[] | undefined>();
  const [childId, setChildId] = useState<string | undefined>(fromAddress);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void (async () => {
      const loaded = await recordStore.ensureLoaded();
      if (!loaded.ok) return setError(loaded.error);
      const list = recordStore.children();
      setChildren(list);
      setChildId((id) => (id && recordStore.child(id) ? id : list[0]?.id));
    })();
  }, []);
  return { children, childId, setChildId, error };
}
