package io.fokus.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Starts every transaction by telling PostgreSQL, transaction-locally, which tenant and subject it serves. */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

  public TenantAwareTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    Tenancy.apply(connection, Tenancy.currentScope());
  }
}
