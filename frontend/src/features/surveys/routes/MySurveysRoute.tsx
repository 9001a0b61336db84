import { Alert, Button, Card, Container, EmptyState, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { currentLanguage } from '@/lib/i18n';
import { useOpenStaffSurveys } from '../api/answering';
import { localized } from '../utils/questions';

/** "My surveys": the staff surveys a member can still answer (anonymously). */
export function MySurveysRoute() {
  const { t } = useTranslation('surveys');
  const surveys = useOpenStaffSurveys();
  const language = currentLanguage();
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Container size="lg" py="xl">
      <title>{t('surveys.mine.pageTitle')}</title>
      <PageHeader title={t('surveys.mine.title')} description={t('surveys.mine.lead')} />
      <Alert variant="light" color="indigo" mb="lg" title={t('surveys.mine.anonymousTitle')}>
        {t('surveys.mine.anonymousText')}
      </Alert>
      {surveys.isPending ? (
        <PageLoader label={t('surveys.mine.loading')} />
      ) : surveys.isError ? (
        <ErrorState
          error={surveys.error}
          title={t('surveys.mine.loadFailed')}
          onRetry={() => void surveys.refetch()}
          retrying={surveys.isFetching}
        />
      ) : surveys.data.length === 0 ? (
        <EmptyState
          py="xl"
          title={t('surveys.mine.emptyTitle')}
          description={t('surveys.mine.emptyText')}
          data-testid="my-surveys-empty"
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {surveys.data.map((survey) => {
            const title = localized(survey.draft?.title, language) || survey.name;
            return (
              <li key={survey.id}>
                <Card withBorder radius="md" padding="lg" h="100%" data-testid={`my-survey-${survey.id}`}>
                  <Stack gap="xs" h="100%" justify="space-between">
                    <div>
                      <Title order={2} size="h4">
                        {title}
                      </Title>
                      {survey.closesAt && (
                        <Text size="sm" c="dimmed" mt={4}>
                          {t('surveys.mine.closesAt', { date: dateFormat.format(new Date(survey.closesAt)) })}
                        </Text>
                      )}
                    </div>
                    <Group>
                      <Button
                        component={Link}
                        to={`/my-surveys/${survey.id}`}
                        aria-label={t('surveys.mine.answerFor', { name: title })}
                      >
                        {t('surveys.mine.answer')}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              </li>
            );
          })}
        </SimpleGrid>
      )}
    </Container>
  );
}
