import { useEffect, useState } from 'preact/hooks';
import { openOpenShare, openShareFromFragment, type OpenedShare, type OpenShareParts } from '../../app/receive';
import { scanMessageKey } from '../../app/scan-decode';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { useNow } from './format';
import { PasscodeForm } from './PasscodeForm';
import { ShareView } from './ShareView';
import './received.css';
import { withNamespace } from '../kit/WithNamespace';

/**
 * Reads the share and its key out of the address bar once, then removes them from the address
 * bar and from history, so the link cannot be reopened from this tab's history.
 */
function takeParts(): OpenShareParts | 'not-ours' | undefined {
  const hash = location.hash;
  if (hash.length <= 1) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  const parts = openShareFromFragment(hash);
  return parts.ok ? parts.value : 'not-ours';
}

/**
 * `/open#s=…&k=…`: an open share from a link, readable without the app set up. Nothing is saved,
 * even on a phone that has the app: a share scanned in the app's own scanner is kept instead.
 */
function OpenShareScreenReady() {
  const now = useNow();
  const [parts] = useState(takeParts);
  const [share, setShare] = useState<OpenedShare | undefined>();
  const [error, setError] = useState<string | undefined>(parts === 'not-ours' ? 'not-ours' : undefined);
  const [needsPasscode, setNeedsPasscode] = useState(false);

  const tryOpen = async (code?: string) => {
    if (!parts || parts === 'not-ours') return;
    const opened = await openOpenShare(parts.envelope, parts.keyToken, Date.now(), code);
    if (opened.ok) {
      setShare(opened.value);
      setNeedsPasscode(false);
      setError(undefined);
    } else if (opened.error === 'passcode-needed') {
      setNeedsPasscode(true);
    } else {
      setError(opened.error);
      if (opened.error !== 'wrong-passcode') setNeedsPasscode(false);
    }
  };
  useEffect(() => void tryOpen(), []);

  const expired = share !== undefined && share.expiresAt <= now;
  useEffect(() => {
    if (!expired) return;
    setShare(undefined);
    setError('expired');
  }, [expired]);

  if (share) {
    return (
      <section class="screen stack">
        <p class="notice">{t('receive:open.notSaved')}</p>
        <ShareView share={share} now={now} />
      </section>
    );
  }
  const text = error && (scanMessageKey(error) ? t(scanMessageKey(error)!) : errorText(error));
  return (
    <section class="screen stack" aria-labelledby="open-title">
      <h1 id="open-title">{t('receive:open.title')}</h1>
      {!parts && <p>{t('receive:open.nothing')}</p>}
      {text && <p class="form-error" role="alert">{text}</p>}
      {error === 'expired' && <p>{t('receive:view.honest')}</p>}
      {!error && !needsPasscode && parts && <p role="status">{t('receive:open.checking')}</p>}
      {needsPasscode && <PasscodeForm id="open-passcode" onSubmit={tryOpen} />}
    </section>
  );
}

/** Waits for the `receive` strings (a lazy namespace). */
export const OpenShareScreen = withNamespace(['receive', 'health'], OpenShareScreenReady);
