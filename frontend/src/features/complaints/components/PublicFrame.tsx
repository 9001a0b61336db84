import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { PublicPageLayout } from '@/components/layout/PublicPageLayout';

/** The frame of the customer's complaint pages: the browser's language until the customer picks one. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('complaints');
  return (
    <PublicPageLayout
      headerEnd={<LanguageSwitcher />}
      footer={
        <Text size="xs" c="dimmed">
          {t('complaints.public.footer')}
        </Text>
      }
    >
      {children}
    </PublicPageLayout>
  );
}
