package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.TENANT_DIRECTORY;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.TenantDirectory;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TenantDirectoryImpl implements TenantDirectory {

  private final DSLContext db;

  TenantDirectoryImpl(DSLContext db) {
    this.db = db;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TenantId> allTenants() {
    return db.select(TENANT_DIRECTORY.ID).from(TENANT_DIRECTORY).orderBy(TENANT_DIRECTORY.CREATED_AT)
        .fetch(r -> new TenantId(r.value1()));
  }

  void register(TenantId tenant) {
    db.insertInto(TENANT_DIRECTORY).set(TENANT_DIRECTORY.ID, tenant.value()).onConflictDoNothing().execute();
  }
}
