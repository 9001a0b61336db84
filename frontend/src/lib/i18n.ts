import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'fokus.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Maps a BCP 47 tag such as "de-AT" to a supported language, or undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled
  }
}

function storeLanguage(language: Language | null): void {
  try {
    if (language) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    else window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The selected organization's language, once known (see applyTenantLocale). */
let tenantLanguage: Language | undefined;

function browserLanguage(): Language | undefined {
  const preferred =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages?.length
        ? navigator.languages
        : [navigator.language];
  for (const tag of preferred) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return undefined;
}

/**
 * The UI language: the user's own choice (localStorage), else the selected organization's language,
 * else the browser's preferred one, else English.
 */
export function detectLanguage(): Language {
  return readStoredLanguage() ?? tenantLanguage ?? browserLanguage() ?? DEFAULT_LANGUAGE;
}

/** The language the user chose explicitly, or null when the UI follows the organization or browser. */
export function getLanguagePreference(): Language | null {
  return readStoredLanguage() ?? null;
}

/**
 * Stores the user's explicit choice and switches to it; null forgets the choice and falls back to
 * the organization's language (or the browser's).
 */
export function setLanguagePreference(language: Language | null): Promise<unknown> {
  storeLanguage(language);
  return i18n.changeLanguage(language ?? detectLanguage());
}

/**
 * Tells the i18n setup the selected organization's language: the UI switches to it unless the
 * user chose a language explicitly. Passing undefined forgets it (e.g. after signing out).
 */
export function applyTenantLocale(locale: string | null | undefined): void {
  tenantLanguage = toLanguage(locale);
  const language = detectLanguage();
  if (currentLanguage() !== language) void i18n.changeLanguage(language);
}

/** The current UI language, always one of the supported ones. */
export function currentLanguage(): Language {
  return toLanguage(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
}

/** Starts i18next with the app's texts (namespace per feature, `common` as default and fallback). */
export function initI18n(resources: Resource, language: Language = detectLanguage()) {
  if (!i18n.isInitialized) {
    // Only explicit choices are stored (setLanguagePreference), not the organization's default.
    i18n.on('languageChanged', (lng) => {
      const language = toLanguage(lng);
      if (language && typeof document !== 'undefined') document.documentElement.lang = language;
    });
    void i18n.use(initReactI18next).init({
      resources,
      ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
      defaultNS: 'common',
      fallbackNS: 'common',
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: SUPPORTED_LANGUAGES,
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  } else if (currentLanguage() !== language) {
    void i18n.changeLanguage(language);
  }
  return i18n;
}

export { i18n };
