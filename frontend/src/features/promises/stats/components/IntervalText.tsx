import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A 95% interval as "60% – 94%", read out as a sentence; a dash when there is none. */
export function IntervalText({ low, high }: { low: string | null; high: string | null }) {
  const { t } = useTranslation('promiseStats');
  if (low == null || high == null) return <>–</>;
  return (
    <>
      <span aria-hidden="true">
        {low} – {high}
      </span>
      <VisuallyHidden component="span">{t('intervalSpoken', { low, high })}</VisuallyHidden>
    </>
  );
}
