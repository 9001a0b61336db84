import { Badge, EmptyState, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '@/components/feedback';
import { Pager } from '@/components/Pager';
import type { ResultsFilter } from '@/lib/api/types';
import { COMMENTS_PAGE_SIZE, useComments } from '../../api/results';

export interface CommentsListProps {
  surveyId: string;
  filter: ResultsFilter;
  /** The text questions to choose from. */
  questions: readonly { id: string; text: string }[];
  staff: boolean;
}

/** Free-text answers, newest first, by question and containing a search text. */
export function CommentsList({ surveyId, filter, questions, staff }: CommentsListProps) {
  const { t, i18n } = useTranslation('surveys');
  const [questionId, setQuestionId] = useState('');
  const [search, setSearch] = useState('');
  const [contains] = useDebouncedValue(search.trim(), 300);
  const key = `${questionId}|${contains}|${JSON.stringify(filter)}`;
  const [paging, setPaging] = useState({ key: '', page: 0 });
  const page = paging.key === key ? paging.page : 0;
  const comments = useComments(surveyId, filter, { questionId, contains, page });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  const pageCount = Math.max(1, Math.ceil((comments.data?.total ?? 0) / COMMENTS_PAGE_SIZE));

  return (
    <Stack gap="sm" data-testid="comments">
      <Group align="flex-end" gap="md" wrap="wrap">
        {questions.length > 1 && (
          <NativeSelect
            label={t('surveys.results.comments.question')}
            value={questionId}
            onChange={(e) => setQuestionId(e.currentTarget.value)}
            data={[
              { value: '', label: t('surveys.results.comments.allQuestions') },
              ...questions.map((q) => ({ value: q.id, label: q.text || q.id })),
            ]}
            maw={360}
          />
        )}
        <TextInput
          type="search"
          label={t('surveys.results.comments.search')}
          placeholder={t('surveys.results.comments.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={200}
          w={{ base: '100%', sm: 280 }}
          data-testid="comments-search"
        />
        <Text size="sm" c="dimmed" aria-live="polite" ml="auto">
          {comments.data ? t('surveys.results.comments.count', { count: comments.data.total }) : ''}
        </Text>
      </Group>
      {comments.isPending ? (
        <PageLoader label={t('surveys.results.comments.loading')} />
      ) : comments.isError ? (
        <ErrorState
          error={comments.error}
          title={t('surveys.results.comments.loadFailed')}
          onRetry={() => void comments.refetch()}
          retrying={comments.isFetching}
        />
      ) : comments.data.items.length === 0 ? (
        <EmptyState
          py="md"
          title={contains ? t('surveys.results.comments.noMatch') : t('surveys.results.comments.empty')}
          description={staff ? t('surveys.results.comments.staffHint') : undefined}
        />
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none', opacity: comments.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={comments.isFetching}
        >
          {comments.data.items.map((comment) => (
            <Paper component="li" key={`${comment.responseId}-${comment.questionId}`} withBorder radius="md" p="sm">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lang={comment.language ?? undefined}>
                {comment.text}
              </Text>
              <Group gap="xs" mt={6}>
                <Text size="xs" c="dimmed">
                  {dateFormat.format(new Date(comment.submittedAt))}
                </Text>
                {comment.language && (
                  <Badge size="xs" variant="default">
                    {comment.language.toUpperCase()}
                  </Badge>
                )}
                {comment.score != null && (
                  <Badge size="xs" variant="light" color="indigo">
                    {t('surveys.results.comments.score', { score: comment.score })}
                  </Badge>
                )}
                {questions.length > 1 && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {questionText.get(comment.questionId) ?? comment.questionId}
                  </Text>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Pager pageCount={pageCount} page={page} onChange={(next) => setPaging({ key, page: next })} />
    </Stack>
  );
}
