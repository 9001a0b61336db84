import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { configureApiAuth } from '@/lib/api-client';
import { initAppI18n } from '@/app/i18n';
import { applyTenantLocale, i18n } from '@/lib/i18n';
import { resetTenantSelectionCache } from '@/lib/tenant-selection';

// jsdom lacks a few browser APIs that Mantine uses.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}
if (!('ResizeObserver' in window)) {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserver });
}
// Auto-sizing textareas listen for web fonts loading (document.fonts), which jsdom lacks.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}

// Generous waits for findBy*/waitFor: the whole suite runs in parallel, also inside the Maven build.
configure({ asyncUtilTimeout: 4000 });

initAppI18n('en');

beforeEach(async () => {
  // Start each test without a stored language, organization language, tenant selection or API auth.
  window.localStorage.clear();
  window.sessionStorage.clear();
  resetTenantSelectionCache();
  applyTenantLocale(undefined);
  configureApiAuth(null);
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});
