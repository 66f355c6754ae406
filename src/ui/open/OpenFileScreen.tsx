// `/open-file`: where a `.familyfile` opened from the phone lands. One look at its first bytes says
// what it is: a backup goes to the restore screen, anything else to the screen that reads notes
// (a parent's inbox) or shares (a professional's scanner), each of which checks it fully.
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { t, useNamespace } from '../state/language';
import { vaultRole, vaultStatus } from '../state/vault';
import { launchedFile } from '../shell/LaunchedFiles';
import { startsLikeBackup } from '../../app/restore';

export function OpenFileScreen() {
  const ready = useNamespace('inbox');
  const { route } = useLocation();
  const file = launchedFile.value;
  const status = vaultStatus.value;
  useEffect(() => {
    if (!file || status === 'unknown') return;
    void startsLikeBackup(file).then((backup) => {
      if (backup && status === 'none') return route('/restore', true);
      if (status !== 'unlocked') return route(status === 'none' ? '/welcome' : status === 'locked' ? '/unlock' : '/setup/resume', true);
      if (backup) return route('/restore/here', true);
      route(vaultRole.value === 'professional' ? '/scan' : '/inbox', true);
    });
  }, [file, status]);
  if (!ready) return null;
  return (
    <section class="screen stack" aria-labelledby="open-file-title">
      <h1 id="open-file-title">{t('inbox:openFileTitle')}</h1>
      <p role="status">{file ? t('inbox:openFileLooking') : t('inbox:openFileNone')}</p>
      {!file && <a class="button" href="/">{t('common:nav.home')}</a>}
    </section>
  );
}
