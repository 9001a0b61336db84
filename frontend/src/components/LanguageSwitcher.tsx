import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, setLanguagePreference, SUPPORTED_LANGUAGES } from '@/lib/i18n';

/** EN/DE switch; the choice is stored in localStorage and wins over the organization's language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguagePreference(value);
      }}
      data={SUPPORTED_LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <>
            <span aria-hidden="true">{lang.toUpperCase()}</span>
            <VisuallyHidden>{t(`language.${lang}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
