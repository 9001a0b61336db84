import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n';

/** EN/DE switch; the choice is stored in localStorage by the i18n setup. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
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
