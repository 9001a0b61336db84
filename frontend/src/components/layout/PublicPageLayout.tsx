import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '@/components/Logo';

export interface PublicPageLayoutProps {
  children: ReactNode;
  /** Right of the logo, e.g. a language switch. */
  headerEnd?: ReactNode;
  footer: ReactNode;
}

/**
 * The frame of pages for people without an account (survey links, the complaint form): no menu, no sign-in, a skip
 * link, the logo, and a narrow column that reads well on a phone.
 */
export function PublicPageLayout({ children, headerEnd, footer }: PublicPageLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Logo />
            {headerEnd}
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
          {footer}
        </Container>
      </Box>
    </Box>
  );
}
