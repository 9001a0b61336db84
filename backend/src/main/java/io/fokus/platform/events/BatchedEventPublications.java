package io.fokus.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the event publications a transaction registers with one JDBC batch just before it commits, instead of one
 * INSERT per event as they are published: a transaction that publishes a thousand events (a batch of the
 * promise-breaking job) makes one round trip to the database for them, not a thousand. Atomicity is unchanged: the
 * rows are written in the publishing transaction, before its commit, so an event committed is an event registered;
 * a rolled-back transaction writes none. Any other call on the registry's repository in that transaction writes the
 * pending rows first, so reads see them. Outside a transaction, publications are written at once as before.
 *
 * <p>The rows are those Spring Modulith's JDBC repository writes for its v2 schema (its INSERT statement, its
 * serializer, the same values); {@code BatchedEventPublicationsTest} checks a batched row and that its listeners
 * complete it.
 */
@Component
class BatchedEventPublications implements BeanPostProcessor {

  static final String INSERT = "INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE,"
      + " SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final ObjectProvider<JdbcOperations> jdbc;
  private final ObjectProvider<EventSerializer> serializer;

  BatchedEventPublications(ObjectProvider<JdbcOperations> jdbc, ObjectProvider<EventSerializer> serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof EventPublicationRepository repository) || Proxy.isProxyClass(bean.getClass())
        && Proxy.getInvocationHandler(bean) instanceof Batching) {
      return bean;
    }
    return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
        new Class<?>[] {EventPublicationRepository.class}, new Batching(repository, jdbc, serializer));
  }

  /** Buffers {@code create} in a transaction; flushes before any other call and before the commit. */
  private record Batching(EventPublicationRepository delegate, ObjectProvider<JdbcOperations> jdbc,
      ObjectProvider<EventSerializer> serializer) implements java.lang.reflect.InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          case "toString" -> "batched " + delegate;
          default -> method.invoke(delegate, args);
        };
      }
      Pending pending = pending();
      if (method.getName().equals("create") && args.length == 1
          && args[0] instanceof TargetEventPublication publication
          && TransactionSynchronizationManager.isActualTransactionActive()
          && TransactionSynchronizationManager.isSynchronizationActive()) {
        if (pending == null) {
          pending = new Pending(this);
          TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.publications.add(publication);
        return publication;
      }
      if (pending != null) {
        pending.writePending();
      }
      try {
        return method.invoke(delegate, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /** The current transaction's pending publications, if it has any (a suspended outer transaction's are not). */
    private Pending pending() {
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        return null;
      }
      for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
        if (s instanceof Pending p && p.owner == this) {
          return p;
        }
      }
      return null;
    }

    void write(List<TargetEventPublication> publications) {
      EventSerializer events = serializer.getObject();
      List<Object[]> rows = new ArrayList<>(publications.size());
      for (TargetEventPublication p : publications) {
        Timestamp published = Timestamp.from(p.getPublicationDate());
        rows.add(new Object[] {p.getIdentifier(), p.getEvent().getClass().getName(),
            p.getTargetIdentifier().getValue(), published, events.serialize(p.getEvent()).toString(),
            p.getStatus().name(), 1, published});
      }
      jdbc.getObject().batchUpdate(INSERT, rows);
    }
  }

  /** What a transaction published and has not written yet; written just before it commits. */
  private static final class Pending implements TransactionSynchronization {

    private final Batching owner;
    private final List<TargetEventPublication> publications = new ArrayList<>();

    Pending(Batching owner) {
      this.owner = owner;
    }

    void writePending() {
      if (!publications.isEmpty()) {
        List<TargetEventPublication> batch = List.copyOf(publications);
        publications.clear();
        owner.write(batch);
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      writePending();
    }

    @Override
    public int getOrder() {
      return HIGHEST_PRECEDENCE; // before other synchronizations that might read the registry
    }
  }
}
