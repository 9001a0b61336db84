package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Clocks decided before the SLA report's model existed: the migration asks for the tenant's model to be computed
 * (the SLA job does it in the tenant's time zone), and the function that computes it counts them.
 */
class SlaRollupMigrationTest {

  @Test
  void tenantsWithClocksAreMarkedForARebuildThatCountsTheirDecidedClocks() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      Migrations.migrateUpTo(c, "019-complaints-inbox-indexes");
      UUID tenant = UUID.randomUUID();
      UUID quiet = UUID.randomUUID();
      UUID complaint = UUID.randomUUID();
      UUID unit = UUID.randomUUID();
      try (Statement s = c.createStatement()) { // as the superuser, like data written before the migration
        s.execute("insert into complaints.complaint (tenant_id, id, number, customer_id, kind, channel, status,"
            + " unit_id, subject, description, status_token) values ('" + tenant + "', '" + complaint + "', 1, '"
            + UUID.randomUUID() + "', 'COMPLAINT', 'PHONE', 'RESOLVED', '" + unit + "', 'Late', 'Late', 't')");
        // first response met after 30 minutes on 31 March 2030 at 22:30 UTC (1 April in Berlin); resolution
        // breached on 2 April and stopped after 700 minutes
        s.execute("insert into complaints.sla_clock (tenant_id, id, complaint_id, kind, policy_name, target_minutes,"
            + " warning_share, state, used_seconds, started_at, stopped_at, outcome) values ('" + tenant + "', '"
            + UUID.randomUUID() + "', '" + complaint + "', 'FIRST_RESPONSE', 'P', 60, 0.75, 'STOPPED', 1800,"
            + " '2030-03-31T22:00:00Z', '2030-03-31T22:30:00Z', 'MET')");
        s.execute("insert into complaints.sla_clock (tenant_id, id, complaint_id, kind, policy_name, target_minutes,"
            + " warning_share, state, used_seconds, started_at, stopped_at, breached_at, outcome) values ('" + tenant
            + "', '" + UUID.randomUUID() + "', '" + complaint + "', 'RESOLUTION', 'P', 600, 0.75, 'STOPPED', 42000,"
            + " '2030-03-31T22:00:00Z', '2030-04-03T09:00:00Z', '2030-04-02T08:00:00Z', 'BREACHED')");
        s.execute("insert into complaints.category (tenant_id, id, name_en, name_de) values ('" + quiet + "', '"
            + UUID.randomUUID() + "', 'No clocks', 'Keine')");
      }

      Migrations.migrate(c);

      try (Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select tenant_id from complaints.sla_rebuild")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo(tenant.toString());
          assertThat(rs.next()).as("only tenants with clocks").isFalse();
        }
        s.execute("select complaints.rebuild_sla_outcomes('" + tenant + "', 'Europe/Berlin')");
        try (ResultSet rs = s.executeQuery("select kind, decided_on::text, unit_id::text, breached, minutes_bucket"
            + " from complaints.sla_outcome order by kind")) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4) + " "
              + rs.getInt(5)).isEqualTo("FIRST_RESPONSE 2030-04-01 " + unit + " false 30");
          assertThat(rs.next()).isTrue();
          // 700 minutes: 640–704 is bucket 66
          assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(4) + " " + rs.getInt(5))
              .isEqualTo("RESOLUTION 2030-04-02 true 66");
          assertThat(rs.next()).isFalse();
        }
        try (ResultSet rs = s.executeQuery("select dimension, all_units, unit_id::text, met, breached,"
            + " array_length(minutes, 1) from complaints.sla_rollup where kind = 'RESOLUTION'"
            + " order by dimension, all_units")) {
          for (String dimension : new String[] {"ALL", "ASSIGNEE", "CATEGORY", "PRIORITY"}) {
            for (String scope : new String[] {"false " + unit, "true null"}) {
              assertThat(rs.next()).isTrue();
              assertThat(rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " "
                  + rs.getInt(5) + " " + rs.getInt(6)).isEqualTo(dimension + " " + scope + " 0 1 67");
            }
          }
          assertThat(rs.next()).isFalse();
        }
      }
    }
  }
}
