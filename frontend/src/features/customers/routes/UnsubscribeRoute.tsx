import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { Logo } from '@/components/Logo';
import { PageLoader, problemMessage } from '@/components/feedback';
import { useUnsubscribe, useUnsubscription } from '../api/unsubscribe';

/**
 * `/u/:token`: the link in every customer mail. No login: the customer confirms that they want no more mails from
 * the organization, and the page says so once done (visiting again shows that they are unsubscribed).
 */
export function UnsubscribeRoute() {
  const { token = '' } = useParams();
  const { t } = useTranslation('customers');
  const unsubscription = useUnsubscription(token);
  const unsubscribe = useUnsubscribe(token);
  const outcomeRef = useRef<HTMLHeadingElement>(null);
  const optedOut = unsubscription.data?.optedOut ?? false;

  // Focus moves to the outcome so that screen readers announce it.
  useEffect(() => {
    if (unsubscribe.isSuccess) outcomeRef.current?.focus();
  }, [unsubscribe.isSuccess]);

  return (
    <Container size="xs" py="xl" component="main">
      <title>{t('customers.unsubscribe.pageTitle')}</title>
      <Stack gap="lg">
        <Stack gap="xs" align="flex-start">
          <Logo />
          <LanguageSwitcher />
        </Stack>
        <Paper withBorder radius="md" p="lg">
          {unsubscription.isPending ? (
            <PageLoader label={t('customers.unsubscribe.loading')} />
          ) : unsubscription.isError ? (
            <Stack gap="sm" role="alert">
              <Title order={1} size="h3">
                {unsubscription.error.status === 404 ? t('customers.unsubscribe.unknownTitle') : t('customers.unsubscribe.failedTitle')}
              </Title>
              <Text>
                {unsubscription.error.status === 404 ? t('customers.unsubscribe.unknownText') : problemMessage(unsubscription.error, t)}
              </Text>
            </Stack>
          ) : optedOut ? (
            <Stack gap="sm" role="status" data-testid="unsubscribed">
              <Title order={1} size="h3" ref={outcomeRef} tabIndex={-1} style={{ outline: 'none' }}>
                {t('customers.unsubscribe.doneTitle')}
              </Title>
              <Text>
                {t('customers.unsubscribe.doneText', {
                  email: unsubscription.data.email,
                  organization: unsubscription.data.organization,
                })}
              </Text>
            </Stack>
          ) : (
            <Stack gap="sm">
              <Title order={1} size="h3">
                {t('customers.unsubscribe.title', { organization: unsubscription.data.organization })}
              </Title>
              <Text>
                {t('customers.unsubscribe.text', {
                  email: unsubscription.data.email,
                  organization: unsubscription.data.organization,
                })}
              </Text>
              {unsubscribe.isError && (
                <Alert color="red" variant="light" role="alert" title={t('customers.unsubscribe.failedTitle')}>
                  {problemMessage(unsubscribe.error, t)}
                </Alert>
              )}
              <Button onClick={() => unsubscribe.mutate()} loading={unsubscribe.isPending} data-testid="unsubscribe">
                {t('customers.unsubscribe.confirm')}
              </Button>
            </Stack>
          )}
        </Paper>
      </Stack>
    </Container>
  );
}
