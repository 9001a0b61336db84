package io.fokus.customers.internal;

import io.fokus.customers.CustomerRows;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import java.io.InputStream;
import java.util.ArrayList;
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

  /** A rejected row: its line, its email as given, and why. */
  public record RejectedRow(int row, String email, String reason) {
  }

  /** Thrown with every rejected row; nothing was imported. */
  public static final class RejectedImport extends RuntimeException {

    private final List<RejectedRow> rows;

    RejectedImport(List<RejectedRow> rows) {
      super(rows.size() + " rows were rejected; nothing was imported");
      this.rows = List.copyOf(rows);
    }

    public List<RejectedRow> rows() {
      return rows;
    }
  }

  @Transactional
  public CustomerImportReport importCsv(InputStream csv) {
    TenantId tenant = Tenancy.requireTenant();
    CustomerRows.Checked checked = CustomerRows.check(CustomerRows.readCsv(csv));
    List<RejectedRow> rejected = new ArrayList<>(checked.rejected().stream()
        .map(r -> new RejectedRow(r.row(), r.email(), r.field() + " " + r.message())).toList());
    Map<String, String> holders = customers.externalIdHolders(tenant, checked.accepted().stream()
        .map(r -> r.details().externalId()).filter(Objects::nonNull).toList());
    for (CustomerRows.Row row : checked.accepted()) {
      String holder = row.details().externalId() == null ? null : holders.get(row.details().externalId());
      if (holder != null && !holder.equals(row.details().email())) {
        rejected.add(new RejectedRow(row.row(), row.details().email(), "externalId belongs to another customer"));
      }
    }
    if (!rejected.isEmpty()) {
      rejected.sort(java.util.Comparator.comparingInt(RejectedRow::row));
      throw new RejectedImport(rejected);
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
