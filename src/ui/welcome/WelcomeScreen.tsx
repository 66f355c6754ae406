import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t, translationsReady } from '../state/language';
import { ReadAloud } from '../kit/ReadAloud';
import { Bi } from '../kit/Bi';

/**
 * "Explore with a demo family" is its own chunk: it needs the vault and the generator, which
 * the first screen must not wait for, and its strings arrive with the rest of the language.
 */
function useDemoStart(): ComponentType | undefined {
  const [DemoStart, setDemoStart] = useState<ComponentType | undefined>();
  const ready = translationsReady.value;
  useEffect(() => {
    if (ready) void import('../demo/DemoStart').then((m) => setDemoStart(() => m.DemoStart));
  }, [ready]);
  return DemoStart;
}

export function WelcomeScreen() {
  const DemoStart = useDemoStart();
  return (
    <section class="screen" aria-labelledby="welcome-title">
      <h1 id="welcome-title"><Bi k="welcome.title" /></h1>
      <p class="lead"><Bi k="welcome.intro" /></p>
      <ul class="points">
        <li><Bi k="welcome.pointPrivate" /></li>
        <li><Bi k="welcome.pointShare" /></li>
        <li><Bi k="welcome.pointOffline" /></li>
      </ul>
      <ReadAloud lang={currentLanguage.value?.code ?? 'en'}
        text={() => ['welcome.title', 'welcome.intro', 'welcome.pointPrivate', 'welcome.pointShare', 'welcome.pointOffline'].map((k) => t(k)).join('\n')} />
      <a class="button primary" href="/setup">
        <Bi k="welcome.start" />
      </a>
      <a class="button" href="/restore"><Bi k="welcome.haveBackup" /></a>
      {DemoStart && <DemoStart />}
    </section>
  );
}
