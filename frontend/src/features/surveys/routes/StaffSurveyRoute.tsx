import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, PageLoader } from '@/components/feedback';
import { currentLanguage } from '@/lib/i18n';
import { type AnswerTarget, STAFF_SURVEYS_QUERY_KEY, useSurveyForm } from '../api/answering';
import { AnsweringView } from '../components/questionnaire/AnsweringView';

/** `/my-surveys/:id`: a member answers a staff survey; answers are anonymous and reported for groups of 5+. */
export function StaffSurveyRoute() {
  const { t } = useTranslation('surveys');
  const { id = '' } = useParams();
  const [target] = useState<AnswerTarget>(() => ({ kind: 'staff', surveyId: id }));
  // The header's language switch changes the UI language; the questionnaire follows it.
  const form = useSurveyForm(target, currentLanguage());
  const queryClient = useQueryClient();

  const back = (
    <Anchor component={Link} to="/my-surveys">
      {t('surveys.mine.back')}
    </Anchor>
  );

  let content;
  if (form.isPending) {
    content = <PageLoader label={t('surveys.public.loading')} />;
  } else if (form.isError) {
    const status = form.error.status;
    content =
      status === 404 || status === 410 ? (
        <Stack gap="sm" py="md" data-testid={status === 404 ? 'survey-invalid' : 'survey-closed'}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {status === 404 ? t('surveys.mine.notFoundTitle') : t('surveys.public.closedTitle')}
          </Title>
          <Text>{status === 404 ? t('surveys.mine.notFoundText') : t('surveys.public.closedText')}</Text>
          {back}
        </Stack>
      ) : (
        <ErrorState
          error={form.error}
          title={t('surveys.public.loadFailed')}
          onRetry={() => void form.refetch()}
          retrying={form.isFetching}
        />
      );
  } else {
    content = (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} aria-busy={form.isFetching}>
        <title>{`${form.data.title} · ${t('app.name')}`}</title>
        <AnsweringView
          target={target}
          form={form.data}
          idPrefix="staff-survey"
          note={
            <Alert variant="light" color="indigo" title={t('surveys.mine.anonymousTitle')}>
              {t('surveys.mine.anonymousText')}
            </Alert>
          }
          afterSubmit={
            <Button component={Link} to="/my-surveys" variant="default" w="fit-content">
              {t('surveys.mine.back')}
            </Button>
          }
          onSubmitted={() => void queryClient.invalidateQueries({ queryKey: STAFF_SURVEYS_QUERY_KEY })}
        />
      </Paper>
    );
  }

  return (
    <Container size="sm" py="xl">
      {content}
    </Container>
  );
}
