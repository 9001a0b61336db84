/**
 * The characters the sign-in service (Keycloak's default user profile, validator
 * person-name-prohibited-characters) refuses in first and last names; the backend refuses them with a field error.
 */
export const PERSON_NAME_FORBIDDEN = /[<>&"$%!#?§;*~/\\|^=[\]{}()\p{Cc}]/u;

export function isAcceptedPersonName(name: string): boolean {
  return !PERSON_NAME_FORBIDDEN.test(name);
}
