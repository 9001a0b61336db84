package io.fokus.tenants.internal;

import fokus.db.tenants.tables.records.MemberRecord;
import io.fokus.platform.security.Membership;
import io.fokus.platform.security.MembershipDirectory;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Memberships of a login, read through the own-membership policy; links invited members at their first sign-in. */
@Component
class TenantMembershipDirectory implements MembershipDirectory {

  private final Members members;
  private final Tenancy tenancy;
  private final TransactionTemplate transactions;

  TenantMembershipDirectory(Members members, Tenancy tenancy, PlatformTransactionManager transactionManager) {
    this.members = members;
    this.tenancy = tenancy;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Override
  public List<Membership> activeMembershipsOf(String subject, String verifiedEmail) {
    return tenancy.runIn(new Tenancy.Scope(null, subject, verifiedEmail), () -> transactions.execute(status -> {
      List<Membership> result = new ArrayList<>();
      List<MemberRecord> rows = members.activeOf(subject, verifiedEmail);
      Set<java.util.UUID> linkedTenants = rows.stream().filter(r -> subject.equals(r.getSubject()))
          .map(MemberRecord::getTenantId).collect(Collectors.toSet());
      for (MemberRecord row : rows) {
        TenantId tenant = new TenantId(row.getTenantId());
        if (row.getSubject() == null && (linkedTenants.contains(row.getTenantId())
            || !tenancy.runAs(tenant, () -> members.link(tenant, row.getId(), subject)))) {
          continue; // this login already has its membership there, or another login took the invitation
        }
        result.add(new Membership(tenant, row.getId(), Members.roles(row.getRoles())));
      }
      return result;
    }));
  }
}
