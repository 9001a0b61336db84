package io.fokus.customers.internal;

import io.fokus.customers.CustomerRows;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers from a CSV file, all or nothing: every row is checked first (also that an external id does not
 * belong to another customer); if any is rejected, nothing is imported. Existing customers (by email) are updated.
 */
@Service
public class CustomerImport {

  private final Customers customers;
  private final CustomerService directory;

  CustomerImport(Customers customers, CustomerService directory) {
    this.customers = customers;
    this.directory = directory;
  }

  /** What an import did. */
  public record CustomerImportReport(int created, int updated, int rows) {
  }

  @Transactional
  public CustomerImportReport importCsv(InputStream csv) {
    TenantId tenant = Tenancy.requireTenant();
    CustomerRows.Checked checked = CustomerRows.check(CustomerRows.readCsv(csv));
    List<CustomerRows.Rejected> rejected = new ArrayList<>(checked.rejected());
    Map<String, String> holders = customers.externalIdHolders(tenant, checked.accepted().stream()
        .map(r -> r.details().externalId()).filter(Objects::nonNull).toList());
    for (CustomerRows.Row row : checked.accepted()) {
      String holder = row.details().externalId() == null ? null : holders.get(row.details().externalId());
      if (holder != null && !holder.equals(row.details().email())) {
        rejected.add(new CustomerRows.Rejected(row.row(), row.details().email(), "externalId",
            "belongs to another customer"));
      }
    }
    if (!rejected.isEmpty()) {
      rejected.sort(Comparator.comparingInt(CustomerRows.Rejected::row));
      throw new CustomerRows.RejectedImport(rejected);
    }
    int created = 0;
    for (CustomerRows.Row row : checked.accepted()) {
      if (directory.identify(tenant, row.details()).created()) {
        created++;
      }
    }
    return new CustomerImportReport(created, checked.accepted().size() - created, checked.accepted().size());
  }
}
