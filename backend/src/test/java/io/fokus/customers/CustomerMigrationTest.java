package io.fokus.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The customers that surveys kept move to the customers module with their ids, so their invitations still name
 * them; the quiet period moves along, and surveys keeps no customer table.
 */
class CustomerMigrationTest {

  @Test
  void existingCustomersAndTheirInvitationsSurviveTheMove() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrateUpTo(c, "008-surveys-customers-handover");

      UUID tenant = UUID.randomUUID();
      UUID survey = UUID.randomUUID();
      UUID anna = UUID.randomUUID();
      UUID bob = UUID.randomUUID();
      UUID invitation = UUID.randomUUID();
      try (Statement s = c.createStatement()) { // as the superuser, like data written before the migration
        s.execute("insert into surveys.survey (tenant_id, id, name, audience, touchpoint, draft, public_token) values"
            + " ('" + tenant + "', '" + survey + "', 'NPS', 'CUSTOMER', 'relationship', '{}', 'tok')");
        s.execute("insert into surveys.customer (tenant_id, id, email, name, language, attributes, last_invited_at,"
            + " created_at) values ('" + tenant + "', '" + anna + "', 'anna@c.test', 'Anna', 'de',"
            + " '{\"segment\": \"vip\"}', '2026-03-17T10:00:00+00', '2026-01-02T00:00:00+00')");
        s.execute("insert into surveys.customer (tenant_id, id, email, name) values ('" + tenant + "', '" + bob
            + "', 'bob@c.test', '')");
        s.execute("insert into surveys.invitation (tenant_id, id, survey_id, customer_id, token) values ('" + tenant
            + "', '" + invitation + "', '" + survey + "', '" + anna + "', 'invitation-token')");
        s.execute("insert into surveys.settings (tenant_id, quiet_period_days) values ('" + tenant + "', 45)");
      }

      Migrations.migrate(c);

      try (Statement s = c.createStatement()) {
        s.execute("set time zone 'UTC'");
        try (ResultSet rs = s.executeQuery("select email, name, language, attributes->>'segment', last_contacted_at,"
            + " created_at, unsubscribe_token, erased_at from customers.customer where id = '" + anna + "'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("anna@c.test");
          assertThat(rs.getString(2)).isEqualTo("Anna");
          assertThat(rs.getString(3)).isEqualTo("de");
          assertThat(rs.getString(4)).isEqualTo("vip");
          assertThat(rs.getString(5)).isEqualTo("2026-03-17 10:00:00+00");
          assertThat(rs.getString(6)).isEqualTo("2026-01-02 00:00:00+00");
          assertThat(TenantTokens.tenantOf(rs.getString(7))).contains(new TenantId(tenant));
          assertThat(rs.getString(8)).isNull();
        }
        try (ResultSet rs = s.executeQuery("select name, unsubscribe_token from customers.customer where id = '" + bob
            + "'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).as("a blank name becomes unknown").isNull();
          assertThat(TenantTokens.tenantOf(rs.getString(2))).contains(new TenantId(tenant));
        }
        try (ResultSet rs = s.executeQuery("select i.customer_id, i.token, c.email from surveys.invitation i"
            + " join customers.customer c on c.tenant_id = i.tenant_id and c.id = i.customer_id")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getObject(1)).isEqualTo(anna);
          assertThat(rs.getString(2)).isEqualTo("invitation-token");
          assertThat(rs.getString(3)).isEqualTo("anna@c.test");
        }
        try (ResultSet rs = s.executeQuery("select quiet_period_days from customers.contact_policy where tenant_id = '"
            + tenant + "'")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(45);
        }
        try (ResultSet rs = s.executeQuery("select count(*) from pg_tables where (schemaname, tablename) in"
            + " (('surveys', 'customer'), ('public', 'customer_handover'), ('public', 'contact_policy_handover'))")) {
          rs.next();
          assertThat(rs.getInt(1)).as("no customer table left in surveys, no staging table").isZero();
        }
      }
    }
  }
}
