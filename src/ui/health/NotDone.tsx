// Beside a past dose or check with nothing written down: "It was not done", which brings back
// "Overdue" for that one item; and, once marked, a way to take it back.
import { useState } from 'preact/hooks';
import { setMarkedNotDone } from '../../app/health';
import type { StoredChild } from '../../app/passport';
import { t } from '../state/language';

export function NotDoneButton({ child, item, state, name }: { child: StoredChild; item: string; state: string; name: string }) {
  const [failed, setFailed] = useState(false);
  const marked = child.markedNotDone?.includes(item) ?? false;
  if (state !== 'not-recorded' && !marked) return null;
  const toggle = async () => setFailed(!(await setMarkedNotDone(child, item, !marked)).ok);
  return (
    <>
      <button type="button" class="button small no-print" onClick={() => void toggle()}
        aria-label={t(marked ? 'health:earlier.unmarkNotDoneNamed' : 'health:earlier.markNotDoneNamed', { name })}>
        {t(marked ? 'health:earlier.unmarkNotDone' : 'health:earlier.markNotDone')}
      </button>
      {failed && <span class="form-error" role="alert">{t('health:earlier.failed')}</span>}
    </>
  );
}
