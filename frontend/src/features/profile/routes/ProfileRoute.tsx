import { Anchor, Badge, Button, Container, Paper, Radio, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/PageHeader';
import { RoleBadges } from '@/components/RoleBadges';
import { accountConsoleUrl, useRuntimeConfig, useSession } from '@/features/auth';
import { getLanguagePreference, isLanguage, type Language, setLanguagePreference, SUPPORTED_LANGUAGES } from '@/lib/i18n';

type LanguageChoice = Language | 'auto';

/**
 * Everyone's own page: name, email, memberships, UI language and the way to change the password. The app puts the
 * person's open invitations (`invitations`, from the tenants feature) into it.
 */
export function ProfileRoute({ invitations }: { invitations: ReactNode }) {
  const { t } = useTranslation('profile');
  const { me, membership } = useSession();
  const config = useRuntimeConfig();
  // Read on every render: the header's language switch changes the stored choice too.
  const choice: LanguageChoice = getLanguagePreference() ?? 'auto';
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const data = me.data;
  if (!data) return null; // SessionGate renders this page only with /api/me loaded

  const memberships = [...data.memberships].sort((a, b) => a.tenantName.localeCompare(b.tenantName));
  return (
    <Container size="md" py="xl">
      <title>{t('profile.pageTitle')}</title>
      <PageHeader title={t('profile.title')} description={t('profile.lead')} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('profile.accountTitle')}
          </Title>
          <dl className="definition-list">
            <dt>{t('profile.name')}</dt>
            <dd data-testid="profile-name">{data.name || '—'}</dd>
            <dt>{t('profile.email')}</dt>
            <dd data-testid="profile-email">{data.email}</dd>
          </dl>
          <Anchor href={accountConsoleUrl(config.issuer)} target="_blank" rel="noopener noreferrer" data-testid="change-password">
            {t('profile.changePassword')}
            <VisuallyHidden> {t('common.opensInNewTab')}</VisuallyHidden>
          </Anchor>
          <Text size="xs" c="dimmed" mt={4}>
            {t('profile.changePasswordHint')}
          </Text>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('profile.membershipsTitle')}
          </Title>
          <Table.ScrollContainer minWidth={420}>
            <Table data-testid="profile-memberships">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('profile.organization')}</Table.Th>
                  <Table.Th scope="col">{t('profile.roles')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {memberships.map((m) => (
                  <Table.Tr key={m.tenantId}>
                    <Table.Th scope="row" fw="normal">
                      <Text size="sm" fw={600} component="span">
                        {m.tenantName}
                      </Text>{' '}
                      {m.tenantId === membership?.tenantId && (
                        <Badge size="xs" variant="outline" ml={4}>
                          {t('profile.current')}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {m.slug}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <RoleBadges roles={m.roles} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Button component={Link} to="/account" variant="light" mt="md" data-testid="create-tenant-link">
            {t('profile.createTenant')}
          </Button>
        </Paper>

        {invitations}

        <Paper withBorder radius="md" p="lg">
          <Radio.Group
            label={<Title order={2} size="h4">{t('profile.languageTitle')}</Title>}
            description={t('profile.languageHint')}
            value={choice}
            onChange={(value) => {
              const next: LanguageChoice = isLanguage(value) ? value : 'auto';
              void setLanguagePreference(next === 'auto' ? null : next).then(rerender);
            }}
          >
            <Stack gap="xs" mt="sm">
              <Radio
                value="auto"
                label={
                  membership
                    ? t('profile.languageAuto', { language: t(`language.${isLanguage(membership.locale) ? membership.locale : 'en'}`) })
                    : t('profile.languageBrowser')
                }
              />
              {SUPPORTED_LANGUAGES.map((lang) => (
                <Radio key={lang} value={lang} label={t(`language.${lang}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Paper>
      </Stack>
    </Container>
  );
}
