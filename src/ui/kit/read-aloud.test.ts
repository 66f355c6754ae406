import { describe, expect, it } from 'vitest';
import { voiceFor } from './ReadAloud';

const voice = (lang: string, name = lang) => ({ lang, name, default: false, localService: true, voiceURI: name }) as SpeechSynthesisVoice;

describe('choosing a voice for a text', () => {
  const voices = [voice('en-US'), voice('en-GB'), voice('ar-SA'), voice('pl_PL'), voice('zh-CN'), voice('cy-GB')];

  it('takes the same language and region first, then the same language', () => {
    expect(voiceFor(voices, 'en-GB')?.lang).toBe('en-GB');
    expect(voiceFor(voices, 'en')?.lang).toBe('en-US');
    expect(voiceFor(voices, 'ar')?.lang).toBe('ar-SA');
    expect(voiceFor(voices, 'cy')?.lang).toBe('cy-GB');
  });

  it('reads Android-style tags with an underscore, and Simplified Chinese with a Mandarin voice', () => {
    expect(voiceFor(voices, 'pl')?.lang).toBe('pl_PL');
    expect(voiceFor(voices, 'zh-Hans')?.lang).toBe('zh-CN');
  });

  it('finds nothing for a language the phone has no voice for, so the button can say so', () => {
    expect(voiceFor(voices, 'so')).toBeUndefined();
    expect(voiceFor([], 'en')).toBeUndefined();
  });
});
