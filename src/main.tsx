import { render } from 'preact';
import { initI18n } from './i18n';
import { App } from './ui/App';
import { browserLanguage, languageChosen, requestedLanguage, applyLanguage } from './ui/state/language';
import { registerServiceWorker } from './sw/register';
import { refreshVaultStatus } from './ui/state/app-loader';
import './ui/fonts.css';
import './ui/styles.css';

async function boot(): Promise<void> {
  await initI18n();
  const requested = requestedLanguage(location.search);
  // Until a language is chosen we show the language screen in the browser's language.
  const first = requested ?? browserLanguage();
  await applyLanguage(first, false, 'first');
  const root = document.getElementById('app')!;
  languageChosen.value = requested !== undefined;
  render(<App />, root);
  performance.mark('ff:first-render');
  // After the first paint: the rest of the strings, then the vault code.
  void applyLanguage(first, false, 'all').then(() => refreshVaultStatus());
  registerServiceWorker();
}

void boot();
