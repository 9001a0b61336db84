/** The customer's status page of a complaint: the link the form's receipt shows (and, later, the confirmation mail). */
export function complaintStatusPath(statusToken: string): string {
  return `/complaint-status/${encodeURIComponent(statusToken)}`;
}

/**
 * Whether a path is one of the complaint pages for customers without an account: the public form
 * (`/complain/<token>`) and the status page (`/complaint-status/<token>`). The app serves them without sign-in.
 */
export function isPublicComplaintPath(pathname: string): boolean {
  return /^\/(complain|complaint-status)\/[^/]+\/?$/.test(pathname);
}
