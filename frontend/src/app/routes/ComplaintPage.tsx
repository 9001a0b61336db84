import { ComplaintRoute } from '@/features/complaints/routes/ComplaintRoute';
import { ComplaintPromises } from '@/features/promises';

/**
 * A complaint's page with its promises: complaints may not import the promises feature (features don't import
 * each other, and promises sits above complaints as its backend module does), so the app puts the promises panel
 * into the complaint page's slot. Loaded lazily, like the complaint page alone was.
 */
export function ComplaintPage() {
  return (
    <ComplaintRoute
      promises={(complaint, customer) => (
        <ComplaintPromises
          canPromise={complaint.status !== 'CLOSED'}
          complaint={{
            id: complaint.id,
            reference: complaint.reference,
            recovery: complaint.kind === 'RECOVERY',
            customer: customer ?? (complaint.customerId ? { id: complaint.customerId } : null),
            version: complaint.updatedAt,
          }}
        />
      )}
    />
  );
}
