// Public API of the complaints feature. The app loads its pages lazily (see app/router.tsx); the path check is
// light and loads nothing.
export { complaintStatusPath, isPublicComplaintPath } from './utils/public-path';
