package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Isolation 1: the catalog says every tenant-owned table is protected and the application role is powerless. */
class IsolationCatalogTest extends WebTestSupport {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyTableWithATenantIdHasForcedRowLevelSecurityAndAFailClosedPolicy() {
    List<Map<String, Object>> tables = jdbc.queryForList("""
        select n.nspname as schema, c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
               (select count(*) from pg_policy p where p.polrelid = c.oid
                  and pg_get_expr(p.polqual, p.polrelid) like '%current_setting(''app.tenant_id''::text, true)%'
                  and pg_get_expr(p.polwithcheck, p.polrelid) like '%current_setting(''app.tenant_id''::text, true)%')
                 as tenant_policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p')
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                      and not a.attisdropped)
        """);

    assertThat(tables).extracting(t -> t.get("schema") + "." + t.get("name"))
        .contains("tenants.tenant", "tenants.unit", "tenants.member", "customers.customer", "customers.contact_policy",
            "complaints.intake_form", "complaints.category", "complaints.priority", "complaints.complaint",
            "complaints.complaint_message", "tenants.calendar", "complaints.sla_policy", "complaints.sla_clock",
            "mail.outbox", "tenants.notification", "complaints.settings", "complaints.root_cause",
            "complaints.follow_up", "complaints.recovery_response", "complaints.sla_outcome",
            "complaints.sla_rollup", "complaints.sla_rebuild", "complaints.touchpoint",
            "complaints.complaint_word", "promises.settings", "promises.promise", "promises.promise_history",
            "promises.reminder", "promises.kept_rollup", "promises.kept_daily", "training.settings",
            "training.course", "training.course_version", "training.assignment_group", "training.assignment",
            "training.attempt");
    for (Map<String, Object> table : tables) {
      String name = table.get("schema") + "." + table.get("name");
      assertThat(table.get("enabled")).as(name + " row level security enabled").isEqualTo(true);
      assertThat(table.get("forced")).as(name + " row level security forced").isEqualTo(true);
      assertThat((Long) table.get("tenant_policies")).as(name + " tenant policy").isGreaterThanOrEqualTo(1L);
    }
  }

  /**
   * Tables without a tenant column hold no tenant data, so they have no row-level security. Each is named here with
   * the reason; a new one must be added knowingly.
   */
  @Test
  void theOnlyTablesWithoutATenantAreKnownPlatformTables() {
    Map<String, String> known = Map.of(
        "public.databasechangelog", "Liquibase's record of applied migrations",
        "public.databasechangeloglock", "Liquibase's migration lock",
        "public.event_publication", "the event outbox; events carry their tenant in the payload",
        "public.rate_limit_bucket", "rate-limit buckets keyed by client address or login, which have no tenant",
        "tenants.tenant_directory", "tenant ids only, for jobs that walk all tenants");
    List<String> withoutTenant = jdbc.queryForList("""
        select n.nspname || '.' || c.relname
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
          and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                          and not a.attisdropped)
        """, String.class);

    assertThat(withoutTenant).containsExactlyInAnyOrderElementsOf(known.keySet());
  }

  @Test
  void theApplicationRoleMayOnlyUseRateLimitBucketsNotChangeTheirTable() {
    List<String> privileges = jdbc.queryForList("""
        select privilege_type from information_schema.role_table_grants
        where grantee = 'fokus_app' and table_schema = 'public' and table_name = 'rate_limit_bucket'
        order by privilege_type""", String.class);

    assertThat(privileges).containsExactly("DELETE", "INSERT", "SELECT", "UPDATE");
  }

  @Test
  void everyTenantOwnedTableKeysAndReferencesByTenant() {
    List<Map<String, Object>> primaryKeys = jdbc.queryForList("""
        select c.conrelid::regclass::text as name, pg_get_constraintdef(c.oid) as def
        from pg_constraint c
        where c.contype in ('p', 'f')
          and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id')
        """);
    assertThat(primaryKeys).isNotEmpty();
    for (Map<String, Object> key : primaryKeys) {
      assertThat((String) key.get("def")).as(key.get("name") + ": " + key.get("def")).contains("tenant_id");
    }
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypassSecurity() {
    Map<String, Object> role = jdbc.queryForMap(
        "select rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
    assertThat(role.get("rolname")).isEqualTo("fokus_app");
    assertThat(role.get("rolsuper")).isEqualTo(false);
    assertThat(role.get("rolbypassrls")).isEqualTo(false);
    assertThat(role.get("rolcreaterole")).isEqualTo(false);

    Long owned = jdbc.queryForObject("""
        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where pg_get_userbyid(c.relowner) = current_user and n.nspname not like 'pg\\_%'""", Long.class);
    assertThat(owned).isZero();
  }
}
