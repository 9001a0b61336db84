import { Anchor, Badge, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useBlocker, useLocation, useOutletContext, useParams } from 'react-router';
import { ConfirmDialog, ErrorState, PageLoader } from '@/components/feedback';
import { useSession } from '@/features/auth';
import type { Survey } from '@/lib/api/types';
import { isAllowed, SURVEY_DESIGNERS } from '@/lib/permissions';
import { useSurvey } from '../api/surveys';
import { PublicLinkBox } from '../components/PublicLinkBox';
import { AudienceBadge, SurveyStatusBadge } from '../components/SurveyBadges';
import { serializeEditorState, type EditorState } from '../utils/editor-model';

/** Unsaved editor changes survive switching between the survey's tabs. */
export interface EditorSession {
  surveyId: string;
  state: EditorState;
  /** The saved request (JSON) the state started from: differs when there are unsaved changes. */
  baseline: string;
}

export interface SurveyPageContext {
  survey: Survey;
  designer: boolean;
  editor: EditorSession | null;
  setEditor: (session: EditorSession | null) => void;
}

export function useSurveyPage(): SurveyPageContext {
  return useOutletContext<SurveyPageContext>();
}

type Section = 'edit' | 'distribution' | 'results';

/** `/surveys/:id/*`: the survey's header (status, version, public link) and its sections. */
export function SurveyLayout() {
  const { t } = useTranslation('surveys');
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const { roles } = useSession();
  const designer = isAllowed(SURVEY_DESIGNERS, roles);
  const survey = useSurvey(id);
  const [editor, setEditor] = useState<EditorSession | null>(null);
  // Leaving the survey (not just switching its tabs) with unsaved editor changes asks first.
  const unsaved = editor !== null && serializeEditorState(editor.state) !== editor.baseline;
  const blocker = useBlocker(
    ({ nextLocation }) => unsaved && !nextLocation.pathname.startsWith(`/surveys/${id}/`),
  );
  const leaveDialog = (
    <ConfirmDialog
      opened={blocker.state === 'blocked'}
      title={t('surveys.editor.leaveTitle')}
      message={t('surveys.editor.leaveText')}
      confirmLabel={t('surveys.editor.leaveConfirm')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );

  if (survey.isPending) {
    return (
      <Container size="xl" py="xl">
        <PageLoader label={t('surveys.page.loading')} />
      </Container>
    );
  }
  if (survey.isError) {
    return (
      <Container size="xl" py="xl">
        {survey.error.status === 404 ? (
          <Stack gap="sm" data-testid="survey-not-found">
            <Title order={1}>{t('surveys.page.notFoundTitle')}</Title>
            <Text>{t('surveys.page.notFoundText')}</Text>
            <Anchor component={Link} to="/surveys">
              {t('surveys.page.back')}
            </Anchor>
          </Stack>
        ) : (
          <ErrorState
            error={survey.error}
            title={t('surveys.page.loadFailed')}
            onRetry={() => void survey.refetch()}
            retrying={survey.isFetching}
          />
        )}
      </Container>
    );
  }

  const data = survey.data;
  const sections: Section[] = designer
    ? data.audience === 'CUSTOMER'
      ? ['edit', 'distribution', 'results']
      : ['edit', 'results']
    : ['results'];
  const active = sections.find((section) => pathname.endsWith(`/${section}`));
  const showPublicLink =
    data.audience === 'CUSTOMER' && data.status === 'PUBLISHED' && data.publicLinkEnabled && Boolean(data.publicToken);
  const session = editor?.surveyId === data.id ? editor : null;

  return (
    <Container size="xl" py="xl">
      <Anchor component={Link} to="/surveys" size="sm">
        {t('surveys.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" mt="xs" mb="md" gap="md">
        <Stack gap={6}>
          <Title order={1} fz={{ base: 24, sm: 30 }} data-testid="survey-name">
            {data.name}
          </Title>
          <Group gap="xs">
            <SurveyStatusBadge status={data.status} />
            <AudienceBadge audience={data.audience} />
            <Badge variant="default" data-testid="survey-version">
              {data.publishedVersion != null
                ? t('surveys.version', { version: data.publishedVersion })
                : t('surveys.page.neverPublished')}
            </Badge>
            {data.publishedVersion != null && data.draftChanged && (
              <Badge color="yellow" variant="light" data-testid="draft-changed">
                {t('surveys.editor.unpublishedChanges')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t('surveys.page.touchpoint', { touchpoint: data.touchpoint })}
            </Text>
          </Group>
        </Stack>
      </Group>
      {showPublicLink && data.publicToken && (
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <PublicLinkBox token={data.publicToken} />
        </div>
      )}
      {sections.length > 1 && (
        <Group
          component="nav"
          aria-label={t('surveys.page.sections')}
          gap={4}
          mb="lg"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          {sections.map((section) => (
            <Button
              key={section}
              component={Link}
              to={`/surveys/${data.id}/${section}`}
              variant={active === section ? 'light' : 'subtle'}
              radius="sm"
              aria-current={active === section ? 'page' : undefined}
              data-testid={`survey-tab-${section}`}
              style={{ borderBottomLeftRadius: 0, borderBottomRightRadius: 0 }}
            >
              {t(`surveys.page.tabs.${section}`)}
            </Button>
          ))}
        </Group>
      )}
      <Outlet context={{ survey: data, designer, editor: session, setEditor } satisfies SurveyPageContext} />
      {leaveDialog}
    </Container>
  );
}

/** `/surveys/:id`: designers go to the editor, readers to the results. */
export function SurveyIndexRedirect() {
  const { designer } = useSurveyPage();
  return <Navigate to={designer ? 'edit' : 'results'} replace />;
}
