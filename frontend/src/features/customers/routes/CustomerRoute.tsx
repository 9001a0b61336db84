import { Anchor, Button, Container, Grid, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog, ErrorState, PageLoader, problemMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { useCustomer, useEraseCustomer } from '../api/customers';
import { CustomerActivity } from '../components/CustomerActivity';
import { CustomerEditForm } from '../components/CustomerEditForm';

/**
 * `/customers/:id`: the customer's details (editable), mail opt-out, their survey activity, and erasure.
 * `promises` is what was promised to the customer: the app puts the promises feature's panel there (customers may
 * not import it).
 */
export function CustomerRoute({ promises }: { promises?: (customerId: string) => ReactNode } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('customers');
  const navigate = useNavigate();
  const customer = useCustomer(id);
  const erase = useEraseCustomer(id);
  const [confirming, setConfirming] = useState(false);

  if (customer.isPending) return <PageLoader label={t('customers.one.loading')} />;
  if (customer.isError) {
    return (
      <Container size="md" py="xl">
        <ErrorState
          error={customer.error}
          title={customer.error.status === 404 ? t('customers.one.notFound') : t('customers.one.loadFailed')}
          onRetry={customer.error.status === 404 ? undefined : () => void customer.refetch()}
          retrying={customer.isFetching}
        />
        <Anchor component={Link} to="/customers" mt="md" display="inline-block">
          {t('customers.backToList')}
        </Anchor>
      </Container>
    );
  }

  const shown = customer.data;
  const title = shown.name || shown.email;
  return (
    <Container size="xl" py="xl">
      <title>{t('customers.one.pageTitle', { name: title })}</title>
      <Anchor component={Link} to="/customers" size="sm">
        {t('customers.backToList')}
      </Anchor>
      <PageHeader
        title={title}
        description={t('customers.one.since', { email: shown.email, date: new Date(shown.createdAt).toLocaleDateString(i18n.language) })}
        actions={
          <Button variant="outline" color="red" onClick={() => setConfirming(true)} data-testid="erase-customer">
            {t('customers.erase.button')}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <CustomerEditForm key={shown.id} customer={shown} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            {promises?.(shown.id)}
            <CustomerActivity customerId={shown.id} />
            {shown.lastContactedAt && (
              <Text size="sm" c="dimmed">
                {t('customers.one.lastContacted', { date: new Date(shown.lastContactedAt).toLocaleDateString(i18n.language) })}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirming}
        title={t('customers.erase.title', { name: title })}
        message={t('customers.erase.text')}
        confirmLabel={t('customers.erase.confirm')}
        busy={erase.isPending}
        error={erase.error ? problemMessage(erase.error, t) : null}
        onCancel={() => {
          setConfirming(false);
          erase.reset();
        }}
        onConfirm={() => erase.mutate(undefined, { onSuccess: () => void navigate('/customers', { replace: true, state: { erased: title } }) })}
      />
    </Container>
  );
}
