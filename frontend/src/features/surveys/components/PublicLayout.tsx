import { Anchor, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicPageLayout } from '@/components/layout/PublicPageLayout';
import { isLanguage, type Language } from '@/lib/i18n';

export interface PublicLayoutProps {
  children: ReactNode;
  /** The languages to offer; no switch with fewer than two. */
  languages?: readonly string[];
  language?: Language;
  onLanguageChange?: (language: Language) => void;
}

/**
 * The frame of survey pages for people without an account: the shared public frame with the survey's languages as
 * a switch.
 */
export function PublicLayout({ children, languages = [], language, onLanguageChange }: PublicLayoutProps) {
  const { t } = useTranslation('surveys');
  const offered = languages.filter(isLanguage);
  return (
    <PublicPageLayout
      headerEnd={
        offered.length > 1 &&
        language &&
        onLanguageChange && (
          <SegmentedControl
            size="xs"
            aria-label={t('language.label')}
            value={language}
            onChange={(value) => {
              if (isLanguage(value)) onLanguageChange(value);
            }}
            data={offered.map((lang) => ({
              value: lang,
              label: (
                <>
                  <span aria-hidden="true">{lang.toUpperCase()}</span>
                  <VisuallyHidden>{t(`language.${lang}`)}</VisuallyHidden>
                </>
              ),
            }))}
            data-testid="survey-language"
          />
        )
      }
      footer={
        <Text size="xs" c="dimmed">
          {t('surveys.public.footer')}{' '}
          <Anchor href="/" size="xs" c="dimmed" underline="always">
            {t('app.name')}
          </Anchor>
        </Text>
      }
    >
      {children}
    </PublicPageLayout>
  );
}
