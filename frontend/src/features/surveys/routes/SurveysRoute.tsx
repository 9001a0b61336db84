import { Button, Container, EmptyState, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState, PageLoader, type Result, ResultMessage } from '@/components/feedback';
import { PageHeader } from '@/components/layout/PageHeader';
import { Pager } from '@/components/Pager';
import { useSession } from '@/features/auth';
import type { SurveyAudience, SurveyStatus } from '@/lib/api/types';
import { isAllowed, SURVEY_DESIGNERS } from '@/lib/permissions';
import { SURVEYS_PAGE_SIZE, useSurveys } from '../api/surveys';
import { NewSurveyDialog } from '../components/NewSurveyDialog';
import { SurveySettingsDialog } from '../components/SurveySettingsDialog';
import { SurveysTable } from '../components/SurveysTable';

const STATUSES: SurveyStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];
const AUDIENCES: SurveyAudience[] = ['CUSTOMER', 'STAFF'];
const SEARCH_DEBOUNCE_MS = 300;

/** `/surveys`: the organization's surveys with filters; designers create surveys and set invitation rules. */
export function SurveysRoute() {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const { roles } = useSession();
  const designer = isAllowed(SURVEY_DESIGNERS, roles);

  const [status, setStatus] = useState<SurveyStatus | ''>('');
  const [audience, setAudience] = useState<SurveyAudience | ''>('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const filterKey = `${status}|${audience}|${q}`;
  // A page belongs to the filters it was chosen for: new filters start at the first page.
  const [paging, setPaging] = useState({ key: '', page: 0 });
  const page = paging.key === filterKey ? paging.page : 0;

  const surveys = useSurveys({ status, audience, q, page });
  const [creating, setCreating] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const total = surveys.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SURVEYS_PAGE_SIZE));
  const filtered = Boolean(status || audience || q);

  const newButton = (testId: string) => (
    <Button data-testid={testId} onClick={() => setCreating(true)}>
      {t('surveys.list.new')}
    </Button>
  );

  return (
    <Container size="xl" py="xl">
      <title>{t('surveys.list.pageTitle')}</title>
      <PageHeader
        title={t('surveys.list.title')}
        description={t('surveys.list.lead')}
        actions={
          designer && (
            <>
              <Button variant="default" onClick={() => setSettingsOpen(true)} data-testid="survey-settings">
                {t('surveys.settings.open')}
              </Button>
              {newButton('new-survey')}
            </>
          )
        }
      />
      <ResultMessage result={result} onClose={() => setResult(null)} />

      <Group align="flex-end" mb="sm" gap="md" wrap="wrap">
        <TextInput
          type="search"
          label={t('surveys.list.search')}
          placeholder={t('surveys.list.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
          data-testid="surveys-search"
        />
        <NativeSelect
          label={t('surveys.list.statusFilter')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as SurveyStatus | '')}
          data={[
            { value: '', label: t('surveys.list.allActive') },
            ...STATUSES.map((s) => ({ value: s, label: t(`surveys.status.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('surveys.list.audienceFilter')}
          value={audience}
          onChange={(e) => setAudience(e.currentTarget.value as SurveyAudience | '')}
          data={[
            { value: '', label: t('surveys.list.allAudiences') },
            ...AUDIENCES.map((a) => ({ value: a, label: t(`surveys.audience.${a}`) })),
          ]}
        />
        <Text size="sm" c="dimmed" aria-live="polite" ml="auto" data-testid="surveys-count">
          {surveys.data ? t('surveys.list.count', { count: total }) : ''}
        </Text>
      </Group>

      {surveys.isPending ? (
        <PageLoader label={t('surveys.list.loading')} />
      ) : surveys.isError ? (
        <ErrorState
          error={surveys.error}
          title={t('surveys.list.loadFailed')}
          onRetry={() => void surveys.refetch()}
          retrying={surveys.isFetching}
        />
      ) : surveys.data.items.length === 0 ? (
        <EmptyState
          py="xl"
          data-testid="surveys-empty"
          title={filtered ? t('surveys.list.noMatchTitle') : t('surveys.list.emptyTitle')}
          description={
            filtered
              ? t('surveys.list.noMatchText')
              : designer
                ? t('surveys.list.emptyText')
                : t('surveys.list.emptyTextReader')
          }
        >
          {!filtered && designer && <EmptyState.Actions>{newButton('new-first-survey')}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <>
          <div aria-busy={surveys.isFetching} style={{ opacity: surveys.isPlaceholderData ? 0.6 : 1 }}>
            <SurveysTable
              surveys={surveys.data.items}
              linkTo={(survey) => `/surveys/${survey.id}/${designer ? 'edit' : 'results'}`}
            />
          </div>
          <Pager pageCount={pageCount} page={page} onChange={(next) => setPaging({ key: filterKey, page: next })} mt="md" />
        </>
      )}

      {creating && (
        <NewSurveyDialog
          onClose={() => setCreating(false)}
          onCreated={(survey) => {
            setCreating(false);
            void navigate(`/surveys/${survey.id}/edit`);
          }}
        />
      )}
      {settingsOpen && (
        <SurveySettingsDialog
          onClose={() => setSettingsOpen(false)}
          onSaved={() => {
            setSettingsOpen(false);
            setResult({ kind: 'success', text: t('surveys.settings.saved') });
          }}
        />
      )}
    </Container>
  );
}
