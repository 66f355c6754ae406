// Which language a piece of free text is written in, for its `lang` tag: a professional's screen
// reader and the "Written in …" note depend on it. The app's language is only a guess: a parent
// using the app in Urdu may well type a note in English. The script decides where it can:
// Bengali, Gurmukhi, Gujarati and Chinese letters each name one language we ship; Latin and
// Arabic letters are shared by several, so the app's language wins whenever its script matches,
// and otherwise letters only one language uses decide (Polish ł, Urdu ے), else the commonest.

type Script = 'latin' | 'arabic' | 'bengali' | 'gurmukhi' | 'gujarati' | 'han';

const SCRIPT_RANGES: readonly (readonly [Script, RegExp])[] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['han', /\p{Script=Han}/u],
];

/** The script each language tag we know is written in; unknown tags have none. */
const SCRIPT_OF: Readonly<Record<string, Script>> = {
  en: 'latin', pl: 'latin', cy: 'latin', ro: 'latin', so: 'latin', pt: 'latin',
  ar: 'arabic', ur: 'arabic', bn: 'bengali', pa: 'gurmukhi', gu: 'gujarati', zh: 'han',
};

const ONE_LANGUAGE: Readonly<Partial<Record<Script, string>>> = { bengali: 'bn', gurmukhi: 'pa', gujarati: 'gu', han: 'zh-Hans' };
const LETTER = /\p{L}/u;
/** Fewer letters than this ("5 ml") say nothing about the language. */
const MIN_LETTERS = 3;
const POLISH_ONLY = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/u;
const URDU_ONLY = /[ٹڈڑںےۓھہ]/u;

/** The script most of the text's letters are in; undefined when it has almost no letters (digits, emoji, "5 ml"). */
export function dominantScript(text: string): Script | undefined {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!LETTER.test(ch)) continue; // digits (Arabic-Indic ones too), emoji, punctuation
    for (const [script, re] of SCRIPT_RANGES) {
      if (re.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  let best: Script | undefined;
  let most = 0;
  for (const [script, n] of counts) if (n > most) [best, most] = [script, n];
  return most >= MIN_LETTERS ? best : undefined;
}

/**
 * The language tag for `text` typed while the app is in `appLang`. The app's language when the text
 * is in its script (or has no letters); otherwise the language the script points to.
 */
export function textLanguage(text: string, appLang: string): string {
  const script = dominantScript(text);
  const base = appLang.split('-')[0] ?? appLang;
  if (script === undefined || SCRIPT_OF[base] === script) return appLang;
  const only = ONE_LANGUAGE[script];
  if (only) return only;
  if (script === 'latin') return POLISH_ONLY.test(text) ? 'pl' : 'en';
  return URDU_ONLY.test(text) ? 'ur' : 'ar';
}
