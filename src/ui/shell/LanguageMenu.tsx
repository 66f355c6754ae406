import { useEffect, useRef, useState } from 'preact/hooks';
import { announcement, applyLanguage, currentLanguage, t } from '../state/language';
import { LanguageOptions } from '../language/LanguageOptions';
import { GlobeIcon } from './Icons';

/** The header's language switcher, on every screen. */
export function LanguageMenu() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const lang = currentLanguage.value;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const pick = async (code: string) => {
    const chosen = await applyLanguage(code, true);
    announcement.value = t('language.changed', { name: chosen.nativeName });
    setOpen(false);
  };

  return (
    <div class="language-menu">
      <button
        type="button"
        class="button small"
        aria-expanded={open}
        aria-controls="language-panel"
        aria-label={t('language.current', { name: lang?.nativeName ?? '' })}
        onClick={() => setOpen(!open)}
      >
        <GlobeIcon /><span class="bar-label">{lang?.nativeName}</span>
      </button>
      {open && (
        <div id="language-panel" class="language-panel" ref={panel}>
          <fieldset>
            <legend>{t('language.change')}</legend>
            <LanguageOptions name="header-language" onPick={(code) => void pick(code)} />
          </fieldset>
        </div>
      )}
    </div>
  );
}
