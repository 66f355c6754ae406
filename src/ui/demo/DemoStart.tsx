import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../state/errors';
import { t } from '../state/language';

/** ?demo-observations=5000 makes a bigger demo family, for trying the app (and benchmarks) at scale. */
function requestedSize(): number | undefined {
  const raw = new URLSearchParams(location.search).get('demo-observations');
  return raw === null ? undefined : Number(raw);
}

/** "Explore with a demo family" on the first screens. */
export function DemoStart() {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void import('./demo-session').then((m) => m.tidyLeftoverDemo());
  }, []);
  const start = async () => {
    setBusy(true);
    setError(undefined);
    const { startDemo } = await import('./demo-session');
    const opened = await startDemo(requestedSize());
    setBusy(false);
    if (!opened.ok) return setError(errorText(opened.error));
    route('/home');
  };
  return (
    <div class="card demo-start">
      <p>{t('family:demo.intro')}</p>
      <button type="button" class="button" onClick={() => void start()} disabled={busy} aria-describedby={busy ? 'demo-busy' : undefined}>
        {t('family:demo.start')}
      </button>
      {busy && <p id="demo-busy" role="status">{t('family:demo.opening')}</p>}
      {error && <p class="form-error" role="alert">{error}</p>}
    </div>
  );
}
