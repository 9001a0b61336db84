package io.fokus.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant (and authenticated subject) the current thread works for. Every transaction starts with these values
 * set transaction-locally on its connection ({@link TenantAwareTransactionManager}); row-level security does the rest.
 *
 * <p>Web requests get their scope from the security filter; event listeners and jobs call {@link #runAs} with the
 * tenant of their event or job before any query. Scopes nest and are always restored, also on failure.
 */
@Component
public class Tenancy {

  /** What the database session is told about the caller. Blank values mean "none". */
  public record Scope(TenantId tenant, String subject, String verifiedEmail) {

    static final Scope NONE = new Scope(null, null, null);

    public Optional<TenantId> tenantId() {
      return Optional.ofNullable(tenant);
    }
  }

  private static final ThreadLocal<Scope> CURRENT = ThreadLocal.withInitial(() -> Scope.NONE);

  private final DataSource dataSource;

  public Tenancy(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The tenant of the current thread, if one is selected. */
  public static Optional<TenantId> currentTenant() {
    return CURRENT.get().tenantId();
  }

  /** The tenant of the current thread; fails when none is selected. */
  public static TenantId requireTenant() {
    return currentTenant().orElseThrow(() -> new IllegalStateException("no tenant selected for this work"));
  }

  /** The verified email of the authenticated login of the current thread, if it has one. */
  public static Optional<String> currentVerifiedEmail() {
    return Optional.ofNullable(CURRENT.get().verifiedEmail()).filter(email -> !email.isBlank());
  }

  static Scope currentScope() {
    return CURRENT.get();
  }

  /** Runs {@code work} for {@code tenant}, keeping the authenticated subject, and restores the previous scope. */
  public <T> T runAs(TenantId tenant, Supplier<T> work) {
    Scope previous = CURRENT.get();
    return runIn(new Scope(tenant, previous.subject(), previous.verifiedEmail()), work);
  }

  public void runAs(TenantId tenant, Runnable work) {
    runAs(tenant, () -> {
      work.run();
      return null;
    });
  }

  /** Runs {@code work} with the given scope (used by the security layer for a request). */
  public <T> T runIn(Scope scope, Supplier<T> work) {
    Scope previous = CURRENT.get();
    CURRENT.set(scope);
    applyToOpenTransaction(scope);
    try {
      return work.get();
    } finally {
      CURRENT.set(previous);
      restore(previous);
    }
  }

  /**
   * Gives the open transaction its previous scope back. A transaction that a failed statement aborted cannot run
   * set_config, and needs not: it can only roll back, so the original failure is what the caller must see.
   */
  private void restore(Scope previous) {
    try {
      applyToOpenTransaction(previous);
    } catch (IllegalStateException e) {
      if (!(e.getCause() instanceof SQLException sql) || !"25P02".equals(sql.getSQLState())) {
        throw e;
      }
    }
  }

  /** A transaction that is already open (for example the one of an event listener) learns the new scope at once. */
  private void applyToOpenTransaction(Scope scope) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's own connection
    try {
      apply(connection, scope);
    } catch (SQLException e) {
      throw new IllegalStateException("could not set the tenant of the transaction", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Sets the scope transaction-locally (bound parameters, {@code is_local = true}): nothing survives on the pool. */
  static void apply(Connection connection, Scope scope) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select set_config('app.tenant_id', ?, true), set_config('app.subject', ?, true),"
            + " set_config('app.verified_email', ?, true)")) {
      statement.setString(1, scope.tenant() == null ? "" : scope.tenant().toString());
      statement.setString(2, scope.subject() == null ? "" : scope.subject());
      statement.setString(3, scope.verifiedEmail() == null ? "" : scope.verifiedEmail());
      statement.execute();
    }
  }
}
