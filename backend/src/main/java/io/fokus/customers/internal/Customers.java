package io.fokus.customers.internal;

import static fokus.db.customers.Tables.CUSTOMER;

import fokus.db.customers.tables.records.CustomerRecord;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tenant's customers; an erased customer is a tombstone that no query but {@link #erase} sees. */
@Repository
class Customers {

  private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
  };

  private final DSLContext db;
  private final JsonMapper json;

  Customers(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** A customer found or created by email, and whether it was created. */
  record Identified(CustomerId id, boolean created) {
  }

  /** Finds the customer by email or creates it, updating the known details; the row stays locked. */
  Identified upsert(TenantId tenant, CustomerDetails details) {
    UUID newId = UUID.randomUUID();
    UUID id = newCustomer(tenant, new CustomerId(newId), details)
        .onConflict(CUSTOMER.TENANT_ID, CUSTOMER.EMAIL).doUpdate()
        .set(CUSTOMER.NAME, DSL.coalesce(DSL.val(details.name()), CUSTOMER.NAME))
        .set(CUSTOMER.EXTERNAL_ID, DSL.coalesce(DSL.val(details.externalId()), CUSTOMER.EXTERNAL_ID))
        .set(CUSTOMER.LANGUAGE, DSL.coalesce(DSL.val(details.language()), CUSTOMER.LANGUAGE))
        .set(CUSTOMER.ATTRIBUTES, DSL.field("{0} || {1}", JSONB.class, CUSTOMER.ATTRIBUTES,
            DSL.excluded(CUSTOMER.ATTRIBUTES)))
        .returning(CUSTOMER.ID)
        .fetchOne(CUSTOMER.ID);
    return new Identified(new CustomerId(id), newId.equals(id));
  }

  /** Creates a customer; false when the email is taken. */
  boolean insert(TenantId tenant, CustomerId id, CustomerDetails details) {
    return newCustomer(tenant, id, details).onConflictDoNothing().execute() == 1;
  }

  /** The insert of a new customer with its own unsubscribe token; an unknown language is English. */
  private InsertSetMoreStep<CustomerRecord> newCustomer(TenantId tenant, CustomerId id, CustomerDetails details) {
    return db.insertInto(CUSTOMER)
        .set(CUSTOMER.TENANT_ID, tenant.value())
        .set(CUSTOMER.ID, id.value())
        .set(CUSTOMER.EMAIL, details.email())
        .set(CUSTOMER.EXTERNAL_ID, details.externalId())
        .set(CUSTOMER.NAME, details.name())
        .set(CUSTOMER.LANGUAGE, details.language() == null ? "en" : details.language())
        .set(CUSTOMER.ATTRIBUTES, jsonb(details.attributes()))
        .set(CUSTOMER.UNSUBSCRIBE_TOKEN, TenantTokens.create(tenant));
  }

  /** The emails of the customers holding these external ids, by external id. */
  Map<String, String> externalIdHolders(TenantId tenant, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return Map.of();
    }
    return db.select(CUSTOMER.EXTERNAL_ID, CUSTOMER.EMAIL).from(CUSTOMER)
        .where(CUSTOMER.TENANT_ID.eq(tenant.value()), CUSTOMER.EXTERNAL_ID.in(externalIds))
        .fetchMap(CUSTOMER.EXTERNAL_ID, CUSTOMER.EMAIL);
  }

  Optional<CustomerId> byEmail(TenantId tenant, String email) {
    return db.select(CUSTOMER.ID).from(CUSTOMER)
        .where(CUSTOMER.TENANT_ID.eq(tenant.value()), CUSTOMER.EMAIL.eq(email))
        .fetchOptional(r -> new CustomerId(r.value1()));
  }

  Optional<Customer> find(TenantId tenant, CustomerId id) {
    return db.selectFrom(CUSTOMER).where(identified(tenant), CUSTOMER.ID.eq(id.value())).fetchOptional(this::customer);
  }

  Map<CustomerId, Customer> findAll(TenantId tenant, Collection<CustomerId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.selectFrom(CUSTOMER)
        .where(identified(tenant), CUSTOMER.ID.in(ids.stream().map(CustomerId::value).toList()))
        .fetch(this::customer).stream().collect(Collectors.toMap(Customer::id, Function.identity()));
  }

  /** A page of the customers matching the query; customers without a value to sort by (no name) come last. */
  List<Customer> page(TenantId tenant, String query, CustomerService.Sort order, boolean descending, int page,
      int size) {
    var column = switch (order) {
      case NAME -> CUSTOMER.NAME;
      case EMAIL -> CUSTOMER.EMAIL;
      case CREATED_AT -> CUSTOMER.CREATED_AT;
      case LAST_CONTACTED_AT -> CUSTOMER.LAST_CONTACTED_AT;
    };
    SortField<?> sort = (descending ? column.desc() : column.asc()).nullsLast();
    return db.selectFrom(CUSTOMER).where(identified(tenant), matching(query))
        .orderBy(sort, CUSTOMER.ID)
        .limit(size).offset((long) page * size)
        .fetch(this::customer);
  }

  long count(TenantId tenant, String query) {
    return db.fetchCount(CUSTOMER, identified(tenant).and(matching(query)));
  }

  /** Replaces what may be edited; false when there is no such customer. */
  boolean update(TenantId tenant, CustomerId id, String name, String language, String externalId,
      Map<String, String> attributes, boolean optedOut) {
    return db.update(CUSTOMER)
        .set(CUSTOMER.NAME, name)
        .set(CUSTOMER.LANGUAGE, language)
        .set(CUSTOMER.EXTERNAL_ID, externalId)
        .set(CUSTOMER.ATTRIBUTES, jsonb(attributes))
        .set(CUSTOMER.OPTED_OUT_AT, optedOut ? DSL.coalesce(CUSTOMER.OPTED_OUT_AT, DSL.currentOffsetDateTime())
            : DSL.val((OffsetDateTime) null))
        .where(identified(tenant), CUSTOMER.ID.eq(id.value()))
        .execute() == 1;
  }

  void recordContact(TenantId tenant, CustomerId id) {
    db.update(CUSTOMER).set(CUSTOMER.LAST_CONTACTED_AT, OffsetDateTime.now())
        .where(identified(tenant), CUSTOMER.ID.eq(id.value())).execute();
  }

  Optional<String> unsubscribeToken(TenantId tenant, CustomerId id) {
    return db.select(CUSTOMER.UNSUBSCRIBE_TOKEN).from(CUSTOMER)
        .where(identified(tenant), CUSTOMER.ID.eq(id.value())).fetchOptional(CUSTOMER.UNSUBSCRIBE_TOKEN);
  }

  Optional<Customer> byUnsubscribeToken(TenantId tenant, String token) {
    return db.selectFrom(CUSTOMER).where(identified(tenant), CUSTOMER.UNSUBSCRIBE_TOKEN.eq(token))
        .fetchOptional(this::customer);
  }

  /** Opts the customer out of mails (the first time counts). */
  void optOut(TenantId tenant, CustomerId id) {
    db.update(CUSTOMER).set(CUSTOMER.OPTED_OUT_AT, DSL.coalesce(CUSTOMER.OPTED_OUT_AT, DSL.currentOffsetDateTime()))
        .where(identified(tenant), CUSTOMER.ID.eq(id.value())).execute();
  }

  /**
   * Removes the customer's personal data and keeps an anonymous tombstone (its id, when it was created and erased);
   * false when there is no such customer or it is erased already.
   */
  boolean erase(TenantId tenant, CustomerId id) {
    return db.update(CUSTOMER)
        .setNull(CUSTOMER.EMAIL)
        .setNull(CUSTOMER.EXTERNAL_ID)
        .setNull(CUSTOMER.NAME)
        .set(CUSTOMER.LANGUAGE, "en")
        .set(CUSTOMER.ATTRIBUTES, JSONB.valueOf("{}"))
        .setNull(CUSTOMER.OPTED_OUT_AT)
        .setNull(CUSTOMER.LAST_CONTACTED_AT)
        .setNull(CUSTOMER.UNSUBSCRIBE_TOKEN)
        .set(CUSTOMER.ERASED_AT, OffsetDateTime.now())
        .where(identified(tenant), CUSTOMER.ID.eq(id.value()))
        .execute() == 1;
  }

  private static Condition identified(TenantId tenant) {
    return CUSTOMER.TENANT_ID.eq(tenant.value()).and(CUSTOMER.ERASED_AT.isNull());
  }

  private static Condition matching(String query) {
    if (query == null || query.isBlank()) {
      return DSL.trueCondition();
    }
    String text = query.trim();
    return CUSTOMER.EMAIL.containsIgnoreCase(text).or(CUSTOMER.NAME.containsIgnoreCase(text))
        .or(CUSTOMER.EXTERNAL_ID.containsIgnoreCase(text));
  }

  private Customer customer(CustomerRecord r) {
    return new Customer(new CustomerId(r.getId()), r.getEmail(), r.getName(), r.getLanguage(), r.getExternalId(),
        json.readValue(r.getAttributes().data(), ATTRIBUTES), r.getOptedOutAt(), r.getLastContactedAt(),
        r.getCreatedAt());
  }

  private JSONB jsonb(Map<String, String> attributes) {
    return JSONB.valueOf(json.writeValueAsString(attributes == null ? Map.of() : attributes));
  }
}
