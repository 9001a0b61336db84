package io.fokus.tenants.internal;

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
      List<Members.ActiveMembership> rows = members.activeOf(subject, verifiedEmail);
      Set<TenantId> linkedTenants = rows.stream().filter(r -> subject.equals(r.subject()))
          .map(Members.ActiveMembership::tenant).collect(Collectors.toSet());
      for (Members.ActiveMembership row : rows) {
        TenantId tenant = row.tenant();
        if (row.subject() == null && (linkedTenants.contains(tenant)
            || !tenancy.runAs(tenant, () -> members.link(tenant, row.id(), subject)))) {
          continue; // this login already has its membership there, or another login took the invitation
        }
        result.add(new Membership(tenant, row.id(), row.roles()));
      }
      return result;
    }));
  }
}
