// "Language of what you wrote": every free text carries a language tag (a professional's screen
// reader, read-aloud and the "Written in …" line use it). The app finds it from the letters typed
// (domain textLanguage); the writer may pick one instead, on any form that has the drop-down.
import { textLanguage, type LocalText } from '../domain/index';

/** The app's language (the text's own script may overrule it), or a language the writer picked. */
export type WriterLanguage = string | { chosen: string };

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** From the drop-down's value: empty (or anything that is not a language tag) means "found from the writing". */
export function writerLanguage(writtenIn: string | undefined, appLang: string): WriterLanguage {
  return writtenIn && TAG.test(writtenIn) ? { chosen: writtenIn } : appLang;
}

/** The tag new or changed text gets. */
export function languageOf(text: string, writer: WriterLanguage): string {
  return typeof writer === 'string' ? textLanguage(text, writer) : writer.chosen;
}

/** What "found from the writing" would tag this text with now: shown beside that choice. */
export function detectedLanguage(text: string, appLang: string): string | undefined {
  return text.trim() === '' ? undefined : textLanguage(text, appLang);
}

/** The drop-down's value for text already written: empty when its letters alone give its tag. */
export function writtenInOf(text: LocalText | undefined, appLang: string): string {
  return !text || textLanguage(text.text, appLang) === text.lang ? '' : text.lang;
}
