import type { Namespace, TFunction } from 'i18next';
import { isProblemError } from '@/lib/problem-details';

/**
 * A readable message for a failed request: the problem's detail (and field messages the form
 * can't show elsewhere), or a generic text for network failures and server errors.
 */
export function problemMessage(error: unknown, t: TFunction<Namespace>, extraMessages: readonly string[] = []): string {
  if (!isProblemError(error)) return t('errors.unexpected');
  if (error.isNetworkError) return t('errors.network');
  const parts = [error.detail, ...extraMessages].filter((part): part is string => Boolean(part));
  if (parts.length > 0) return parts.join(' ');
  if (error.status >= 500) return t('errors.unexpected');
  return error.title;
}
