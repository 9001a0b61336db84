import { Anchor, Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/PageHeader';
import { SOURCE_KINDS, type SourceKind } from '../api/types';
import { PromiseForm } from '../components/PromiseForm';
import type { PromisePrefill } from '../components/promise-schema';

/**
 * `/promises/new`: the new-promise form on a page of its own. Other pages can link to it with the source filled in
 * (`?sourceKind=SURVEY_RESPONSE&sourceId=<response id>`).
 */
export function NewPromiseRoute() {
  const { t } = useTranslation('promises');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kind = params.get('sourceKind') ?? '';
  const sourceId = params.get('sourceId') ?? '';
  const prefill: PromisePrefill | undefined =
    (SOURCE_KINDS as readonly string[]).includes(kind) && kind !== 'MANUAL' && sourceId
      ? { sourceKind: kind as SourceKind, sourceId, sourceReference: params.get('sourceReference') ?? undefined }
      : undefined;
  return (
    <Container size="md" py="xl">
      <title>{t('promises.form.pageTitle')}</title>
      <Anchor component={Link} to="/promises" size="sm">
        {t('promises.backToList')}
      </Anchor>
      <PageHeader title={t('promises.form.title')} description={t('promises.form.lead')} />
      <Paper withBorder radius="md" p="lg">
        <PromiseForm
          prefill={prefill}
          onCreated={(detail) => void navigate(`/promises/${detail.promise.id}`, { replace: true, state: { created: detail.promise.reference } })}
          onCancel={() => void navigate(-1)}
        />
      </Paper>
    </Container>
  );
}
