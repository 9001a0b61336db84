import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyAudience, SurveyStatus } from '@/lib/api/types';

const STATUS_COLORS: Record<SurveyStatus, string> = {
  DRAFT: 'gray',
  PUBLISHED: 'teal',
  CLOSED: 'orange',
  ARCHIVED: 'dark',
};

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation('surveys');
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" data-testid="survey-status">
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}

export function AudienceBadge({ audience }: { audience: SurveyAudience }) {
  const { t } = useTranslation('surveys');
  return (
    <Badge color={audience === 'STAFF' ? 'grape' : 'indigo'} variant="outline">
      {t(`surveys.audience.${audience}`)}
    </Badge>
  );
}
