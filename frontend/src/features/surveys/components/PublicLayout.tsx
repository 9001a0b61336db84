import { Anchor, Box, Container, Group, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '@/components/Logo';
import { isLanguage, type Language } from '@/lib/i18n';

export interface PublicLayoutProps {
  children: ReactNode;
  /** The languages to offer; no switch with fewer than two. */
  languages?: readonly string[];
  language?: Language;
  onLanguageChange?: (language: Language) => void;
}

/**
 * The frame of pages for people without an account (survey links): no menu, no sign-in, nothing that needs
 * the sign-in service; a language switch for the page.
 */
export function PublicLayout({ children, languages = [], language, onLanguageChange }: PublicLayoutProps) {
  const { t } = useTranslation('surveys');
  const offered = languages.filter(isLanguage);
  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Logo />
            {offered.length > 1 && language && onLanguageChange && (
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
            )}
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        <Container size="sm" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }}>
          {children}
        </Container>
      </Box>
      <Box component="footer">
        <Container size="sm" py="md">
          <Text size="xs" c="dimmed">
            {t('surveys.public.footer')}{' '}
            <Anchor href="/" size="xs" c="dimmed" underline="always">
              {t('app.name')}
            </Anchor>
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
