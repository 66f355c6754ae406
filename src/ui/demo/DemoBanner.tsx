import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { t } from '../state/language';
import { demoOpen } from './demo-state';
import './demo.css';

/** Shown on every screen while the demo is open, with the way out. */
export function DemoBanner() {
  const { route } = useLocation();
  const [leaving, setLeaving] = useState(false);
  if (!demoOpen.value) return null;
  const leave = async () => {
    setLeaving(true);
    route('/welcome');
    const { endDemo } = await import('./demo-session');
    await endDemo();
    setLeaving(false);
  };
  return (
    <div class="demo-banner" data-testid="demo-banner">
      <p>
        <strong>{t('family:demo.bannerTitle')}</strong> {t('family:demo.bannerText')}
      </p>
      <button type="button" class="button small" onClick={() => void leave()} disabled={leaving}>
        {t('family:demo.leave')}
      </button>
    </div>
  );
}
