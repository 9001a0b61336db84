package io.fokus.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC as the application role, for isolation tests that look at row-level security from below the app. */
public final class AppRoleSql {

  private AppRoleSql() {
  }

  /** Sets the tenant of the connection's current transaction, as the application does. */
  public static void setTenant(Connection c, String tenant) throws SQLException {
    try (var s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  /** The number a {@code select count(*)} query gives. */
  public static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
