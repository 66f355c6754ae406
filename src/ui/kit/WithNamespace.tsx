// Screens and parts whose strings are a lazy namespace (LAZY_NAMESPACES) wait for them here, so
// none shows a key instead of a sentence.
import type { ComponentType } from 'preact';
import { t, useNamespace } from '../state/language';

/** What a screen shows for the moment its words take to load. */
export function LoadingScreen() {
  return <section class="screen"><p role="status">{t('common:loading')}</p></section>;
}

/**
 * `Inner` once namespace `ns` is loaded in the current language. Until then a whole screen shows
 * LoadingScreen, and a part of a screen (`part`) shows nothing.
 */
export function withNamespace<P extends object>(ns: string | readonly string[], Inner: ComponentType<P>, part = false): ComponentType<P> {
  return function WithNamespace(props: P) {
    const ready = useNamespace(ns);
    if (ready) return <Inner {...props} />;
    return part ? null : <LoadingScreen />;
  };
}
