import { useLocation } from 'preact-iso';
import { currentLanguage, t } from '../state/language';
import { LanguageMenu } from './LanguageMenu';
import { GearIcon, HomeIcon, InfoIcon, LockIcon } from './Icons';
import { loadApp } from '../state/app-loader';
import { vaultStatus } from '../state/vault';
import { DemoBanner } from '../demo/DemoBanner';
import { demoOpen } from '../demo/demo-state';

export function Header() {
  const { path, route } = useLocation();
  const onLanguageScreen = path === '/language';
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <a class="brand" href="/">
        <img src="/icons/icon.svg" alt="" width="32" height="32" />
        <span>{t('app.name')}</span>
      </a>
      <nav aria-label={t('nav.label')} class="app-nav">
        <a href="/" aria-current={['/welcome', '/home', '/unlock'].includes(path) ? 'page' : undefined}>
          <HomeIcon /><span class="bar-label">{t('nav.home')}</span>
        </a>
        <a href="/settings" aria-current={path === '/settings' ? 'page' : undefined}>
          <GearIcon /><span class="bar-label">{t('nav.settings')}</span>
        </a>
        <a href="/about" aria-current={path === '/about' ? 'page' : undefined}>
          <InfoIcon /><span class="bar-label">{t('nav.about')}</span>
        </a>
      </nav>
      {/* The demo has no passphrase to come back with: it offers "Leave the demo" instead of a lock. */}
      {vaultStatus.value === 'unlocked' && !demoOpen.value && (
        <button
          type="button"
          class="button small"
          onClick={() =>
            void loadApp().then((app) => {
              app.lockNow('user');
              app.tellOtherTabs({ type: 'locked' });
              route('/unlock');
            })
          }
        >
          <LockIcon /><span class="bar-label">{t('secure:lock')}</span>
        </button>
      )}
      {!onLanguageScreen && currentLanguage.value && <LanguageMenu />}
      <DemoBanner />
    </header>
  );
}
