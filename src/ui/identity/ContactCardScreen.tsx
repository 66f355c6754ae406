import { useEffect, useState } from 'preact/hooks';
import { getOrCreateIdentity, makeContactCard, type ContactCardCode, type Profile } from '../../app/identity';
import { session } from '../../app/session';
import { roleLabelKey } from '../../app/team';
import { QrDisplay } from '../share/QrDisplay';
import { formatWhen } from '../kit/format';
import { sharingErrorText } from '../share/messages';
import { t } from '../state/language';
import { FingerprintWords } from './FingerprintWords';
import { ProfileForm } from './ProfileForm';

type State =
  | { step: 'loading' }
  | { step: 'failed'; error: string }
  | { step: 'profile'; profile: Profile; editing: boolean }
  | { step: 'card'; profile: Profile; card: ContactCardCode };

/** The professional's contact card: a signed QR code a parent scans to add them to the team. */
export function ContactCardScreen() {
  const [state, setState] = useState<State>({ step: 'loading' });

  const show = async (profile?: Profile) => {
    const identity = await getOrCreateIdentity();
    if (!identity.ok) return setState({ step: 'failed', error: identity.error });
    const current = profile ?? identity.value.profile;
    if (current.role === 'parent' || current.role === '' || current.name === '') {
      return setState({ step: 'profile', profile: current, editing: false });
    }
    const card = await makeContactCard();
    setState(card.ok ? { step: 'card', profile: current, card: card.value } : { step: 'failed', error: card.error });
  };
  useEffect(() => {
    void show();
    return session.onLock(() => setState({ step: 'loading' }));
  }, []);

  return (
    <section class="screen" aria-labelledby="contact-title" data-ready={state.step !== 'loading' || undefined}>
      <h1 id="contact-title">{t('sharing:contact.title')}</h1>
      {state.step === 'loading' && <p class="hint">{t('sharing:busy')}</p>}
      {state.step === 'failed' && <p class="form-error" role="alert">{sharingErrorText(state.error)}</p>}
      {state.step === 'profile' && (
        <ProfileForm profile={state.profile} onSaved={(p) => void show(p)}
          onCancel={state.editing ? () => void show() : undefined} />
      )}
      {state.step === 'card' && <Card profile={state.profile} card={state.card} onEdit={() => setState({ step: 'profile', profile: state.profile, editing: true })} />}
      <p><a href="/received">{t('sharing:contact.toReceived')}</a></p>
    </section>
  );
}

function Card({ profile, card, onEdit }: { profile: Profile; card: ContactCardCode; onEdit: () => void }) {
  return (
    <div class="stack">
      <p class="lead">{t('sharing:contact.intro')}</p>
      <div class="card stack">
        <p>
          <strong dir="auto">{profile.name}</strong>
          <br />
          {t(roleLabelKey(profile.role))}
          {profile.organisation && <><br /><span dir="auto">{profile.organisation}</span></>}
          {profile.service && <><br /><span dir="auto">{profile.service}</span></>}
        </p>
        <button type="button" class="button small" onClick={onEdit}>{t('sharing:contact.edit')}</button>
      </div>
      <QrDisplay message={card.envelope} label={t('sharing:contact.qrLabel', { name: profile.name })} />
      <h2 id="fingerprint-title">{t('sharing:contact.wordsTitle')}</h2>
      <p>{t('sharing:contact.wordsHint')}</p>
      <FingerprintWords id="my-fingerprint" words={card.fingerprint} />
      <p class="hint">{t('sharing:contact.validUntil', { date: formatWhen(card.expiresAt) })}</p>
    </div>
  );
}
