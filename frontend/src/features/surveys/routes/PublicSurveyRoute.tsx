import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '@/components/feedback';
import { detectLanguage, i18n, isLanguage, type Language } from '@/lib/i18n';
import { type AnswerTarget, useSurveyForm } from '../api/answering';
import { PublicLayout } from '../components/PublicLayout';
import { AnsweringView } from '../components/questionnaire/AnsweringView';

/**
 * `/s/:token`: a customer answers a survey from a public link or a personal invitation, without an account.
 * Requests go out without access token or tenant. The language is the invitation's, else the visitor's
 * (own choice or browser), and can be switched on the page without losing answers.
 */
export function PublicSurveyRoute() {
  const { token = '' } = useParams();
  const [target] = useState<AnswerTarget>(() => ({ kind: 'public', token }));
  const [chosen, setChosen] = useState<Language | null>(null);
  const form = useSurveyForm(target, chosen ?? undefined);
  const data = form.data;

  // Without an explicit choice: keep the invitation's language (a personal link names the customer),
  // else ask for the visitor's language when the survey came in another one.
  useEffect(() => {
    if (!data || chosen) return;
    const served = isLanguage(data.language) ? data.language : 'en';
    const wanted = data.customerName ? served : detectLanguage();
    if (wanted !== served) setChosen(wanted);
    else if (i18n.language !== served) void i18n.changeLanguage(served);
  }, [data, chosen]);

  const switchLanguage = (language: Language) => {
    setChosen(language);
    void i18n.changeLanguage(language);
  };

  const language = data && isLanguage(data.language) ? data.language : undefined;
  return (
    <PublicLayout languages={data?.languages} language={chosen ?? language} onLanguageChange={switchLanguage}>
      <PublicSurveyContent form={form} target={target} />
    </PublicLayout>
  );
}

function PublicSurveyContent({ form, target }: { form: ReturnType<typeof useSurveyForm>; target: AnswerTarget }) {
  const { t } = useTranslation('surveys');
  if (form.isPending) return <PageLoader label={t('surveys.public.loading')} />;
  if (form.isError) {
    const status = form.error.status;
    if (status === 404 || status === 410) {
      const key = status === 404 ? 'invalid' : 'closed';
      return (
        <Stack gap="sm" py="xl" data-testid={`survey-${key}`}>
          <title>{t(`surveys.public.${key}Title`)}</title>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t(`surveys.public.${key}Title`)}
          </Title>
          <Text>{t(`surveys.public.${key}Text`)}</Text>
        </Stack>
      );
    }
    return (
      <Alert color="red" variant="light" role="alert" title={t('surveys.public.loadFailed')} my="xl">
        <Text size="sm">
          {status === 429
            ? t('surveys.answer.tooManyText', { count: form.error.retryAfterSeconds ?? 60 })
            : status === 0
              ? t('errors.network')
              : t('errors.unexpected')}
        </Text>
        <Button mt="sm" size="xs" variant="default" onClick={() => void form.refetch()} loading={form.isFetching}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} aria-busy={form.isFetching}>
      <title>{`${form.data.title} · ${t('app.name')}`}</title>
      <AnsweringView target={target} form={form.data} idPrefix="survey" />
    </Paper>
  );
}
