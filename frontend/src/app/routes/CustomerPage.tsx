import { CustomerRoute } from '@/features/customers/routes/CustomerRoute';
import { CustomerPromises } from '@/features/promises';

/** A customer's page with the promises made to them, composed here: customers may not import the promises feature. */
export function CustomerPage() {
  return <CustomerRoute promises={(customerId) => <CustomerPromises customerId={customerId} />} />;
}
