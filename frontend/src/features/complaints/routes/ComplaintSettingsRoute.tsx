import { Anchor, Container, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/PageHeader';
import { ClassificationsEditor } from '../components/ClassificationsEditor';

/**
 * `/complaints/settings` (ADMIN, MANAGER): the tenant's complaint categories and priorities. Other complaint
 * settings (SLA policies, the follow-up survey) get their own sections here once the API has them.
 */
export function ComplaintSettingsRoute() {
  const { t } = useTranslation('complaints');
  return (
    <Container size="xl" py="xl">
      <title>{t('complaints.settings.pageTitle')}</title>
      <Anchor component={Link} to="/complaints" size="sm">
        {t('complaints.backToInbox')}
      </Anchor>
      <PageHeader title={t('complaints.settings.title')} description={t('complaints.settings.lead')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ClassificationsEditor kind="categories" />
        <ClassificationsEditor kind="priorities" />
      </SimpleGrid>
    </Container>
  );
}
