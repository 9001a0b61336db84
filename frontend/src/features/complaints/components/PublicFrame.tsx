import { Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { Logo } from '@/components/Logo';

/**
 * The frame of the customer's complaint pages (no account): logo, language switch (the browser's language until the
 * customer picks one), a skip link, and a narrow column that reads well on a phone.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('complaints');
  return (
    <Box mih="100vh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Logo />
            <LanguageSwitcher />
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
            {t('complaints.public.footer')}
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
