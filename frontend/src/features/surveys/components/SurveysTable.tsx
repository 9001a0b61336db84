import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Survey } from '@/lib/api/types';
import { AudienceBadge, SurveyStatusBadge } from './SurveyBadges';

export interface SurveysTableProps {
  surveys: readonly Survey[];
  /** Where a survey's name links to: the editor for designers, the results for readers. */
  linkTo: (survey: Survey) => string;
}

export function SurveysTable({ surveys, linkTo }: SurveysTableProps) {
  const { t, i18n } = useTranslation('surveys');
  const numbers = new Intl.NumberFormat(i18n.language);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="surveys-table" verticalSpacing="sm" highlightOnHover>
        <VisuallyHidden component="caption">{t('surveys.list.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.audience')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.touchpoint')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('surveys.columns.version')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveys.columns.responses')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {surveys.map((survey) => (
            <Table.Tr key={survey.id} data-testid={`survey-row-${survey.id}`}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={linkTo(survey)} fw={600} size="sm">
                  {survey.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <AudienceBadge audience={survey.audience} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {survey.touchpoint}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <SurveyStatusBadge status={survey.status} />
                  {survey.publishedVersion != null && survey.draftChanged && (
                    <Badge color="yellow" variant="dot" size="sm">
                      {t('surveys.editor.unpublishedChanges')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {survey.publishedVersion != null ? t('surveys.version', { version: survey.publishedVersion }) : '–'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{numbers.format(survey.responses)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
