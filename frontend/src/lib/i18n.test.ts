import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyTenantLocale,
  currentLanguage,
  detectLanguage,
  getLanguagePreference,
  i18n,
  LANGUAGE_STORAGE_KEY,
  setLanguagePreference,
  toLanguage,
} from './i18n';

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

  it('persists an explicit choice and sets the document language', async () => {
    await setLanguagePreference('de');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(getLanguagePreference()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18n.t('tenants:signup.submit')).toBe('Organisation anlegen');
  });

  it("follows the organization's language unless the user chose one", async () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['en-US'], language: 'en-US' });
    applyTenantLocale('de');
    expect(currentLanguage()).toBe('de');
    expect(detectLanguage()).toBe('de');
    // The organization's language is not stored as the user's choice.
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await setLanguagePreference('en');
    applyTenantLocale('de');
    expect(currentLanguage()).toBe('en');

    // Forgetting the choice falls back to the organization's language.
    await setLanguagePreference(null);
    expect(getLanguagePreference()).toBeNull();
    expect(currentLanguage()).toBe('de');

    applyTenantLocale(undefined);
    expect(currentLanguage()).toBe('en'); // the browser's
  });
});
