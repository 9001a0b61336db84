// Public API of the customers feature. The app loads its pages lazily (see app/router.tsx).
export { ContactPolicyRoute } from './routes/ContactPolicyRoute';
export { CustomerImportRoute } from './routes/CustomerImportRoute';
export { CustomerRoute } from './routes/CustomerRoute';
export { CustomersRoute } from './routes/CustomersRoute';
export { UnsubscribeRoute } from './routes/UnsubscribeRoute';
