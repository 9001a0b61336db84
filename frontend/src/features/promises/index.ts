// Public API of the promises feature. The app loads its pages lazily (see app/router.tsx) and puts the two panels
// into other features' pages (complaints and customers may not import this feature: the app composes them).
export { ComplaintPromises, type ComplaintForPromises } from './components/ComplaintPromises';
export { CustomerPromises } from './components/CustomerPromises';
export { isPublicPromisePath, promiseStatusPath } from './utils/public-path';
