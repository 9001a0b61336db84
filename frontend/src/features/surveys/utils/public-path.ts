/**
 * Whether a path is a survey page for people without an account (`/s/<token>`). The app serves these without
 * the sign-in setup: no runtime configuration, no OIDC client, no tenant.
 */
export function isPublicSurveyPath(pathname: string): boolean {
  return /^\/s\/[^/]+\/?$/.test(pathname);
}
