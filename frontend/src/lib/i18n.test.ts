import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, i18n, LANGUAGE_STORAGE_KEY, toLanguage } from './i18n';

describe('language detection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps BCP 47 tags to supported languages', () => {
    expect(toLanguage('de-AT')).toBe('de');
    expect(toLanguage('EN_us')).toBe('en');
    expect(toLanguage('fr-FR')).toBeUndefined();
    expect(toLanguage(undefined)).toBeUndefined();
  });

  it('uses the first supported browser language when nothing is stored', () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['fr-FR', 'de-CH', 'en-US'], language: 'fr-FR' });
    expect(detectLanguage()).toBe('de');
    vi.stubGlobal('navigator', { ...navigator, languages: ['fr-FR', 'it'], language: 'fr-FR' });
    expect(detectLanguage()).toBe('en');
  });

  it('prefers the stored choice over the browser language', () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['en-US'], language: 'en-US' });
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(detectLanguage()).toBe('de');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(detectLanguage()).toBe('en');
  });

  it('persists a language change and sets the document language', async () => {
    await i18n.changeLanguage('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18n.t('signup.submit')).toBe('Organisation anlegen');
  });
});
