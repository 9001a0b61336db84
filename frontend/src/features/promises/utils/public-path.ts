/** The customer's status page of a promise (the link its mail carries). */
export function promiseStatusPath(token: string): string {
  return `/promise-status/${encodeURIComponent(token)}`;
}

/** Whether a path is a promise's status page for customers (`/promise-status/<token>`): served without sign-in. */
export function isPublicPromisePath(pathname: string): boolean {
  return /^\/promise-status\/[^/]+\/?$/.test(pathname);
}
