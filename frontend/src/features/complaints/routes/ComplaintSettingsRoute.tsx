import { Anchor, Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/PageHeader';
import { ClassificationsEditor } from '../components/ClassificationsEditor';
import { FollowUpSettingsForm } from '../components/FollowUpSettingsForm';
import { FormLinksPanel } from '../components/FormLinksPanel';
import { TouchpointsEditor } from '../components/TouchpointsEditor';

/**
 * `/complaints/settings` (ADMIN, MANAGER): the public form's links (general and per touchpoint), the tenant's
 * touchpoints, complaint categories, priorities and root causes, the follow-up survey after a resolution, and the
 * way to the SLA policies and the SLA report.
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
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="service-levels-title">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h3" id="service-levels-title">
                {t('slaPolicies.settingsTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('slaPolicies.settingsLead')}
              </Text>
            </Stack>
            <Group gap="sm">
              <Button component={Link} to="/complaints/sla-policies" variant="light" data-testid="open-sla-policies">
                {t('slaPolicies.open')}
              </Button>
              <Button component={Link} to="/complaints/sla-report" variant="default" data-testid="open-sla-report">
                {t('slaReport.open')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <FormLinksPanel />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <TouchpointsEditor />
          <ClassificationsEditor kind="categories" />
          <ClassificationsEditor kind="priorities" />
          <ClassificationsEditor kind="root-causes" />
          <FollowUpSettingsForm />
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
