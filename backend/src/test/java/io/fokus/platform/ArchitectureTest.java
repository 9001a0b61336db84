package io.fokus.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.web.bind.annotation.RestController;

/** Rules the module structure alone does not enforce. */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.fokus");

  @Test
  void controllersNeverTouchTheDatabaseDirectly() {
    noClasses().that().areAnnotatedWith(RestController.class)
        .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
        .orShould().dependOnClassesThat().resideInAPackage("fokus.db..")
        .check(CLASSES);
  }

  /** Module {@code io.fokus.x} owns the schema {@code x}; generated classes of other schemas are off limits. */
  @Test
  void aModuleTouchesOnlyItsOwnTables() {
    classes().that().resideInAPackage("io.fokus..").should(new ArchCondition<>("use only their own module's tables") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        String module = moduleOf(javaClass);
        javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
          String target = dependency.getTargetClass().getPackageName();
          boolean own = target.startsWith("fokus.db." + module)
              || (module.equals("platform") && target.startsWith("fokus.db.mail")); // the platform's mail outbox
          if (target.startsWith("fokus.db.") && !own) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        });
      }
    }).check(CLASSES);
  }

  @Test
  void eventsCarryATenantIdAndArePublishedOnlyThroughTheTenantEventsGateway() {
    classes().that().implement(TenantEvent.class).should().beRecords()
        .andShould(new ArchCondition<>("have a TenantId component") {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            boolean hasTenant = javaClass.getAllFields().stream()
                .anyMatch(f -> f.getRawType().isEquivalentTo(TenantId.class));
            if (!hasTenant) {
              events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " carries no TenantId"));
            }
          }
        })
        .allowEmptyShould(false)
        .check(CLASSES);

    noClasses().that().resideOutsideOfPackage("io.fokus.platform.events..")
        .should().callMethodWhere(DescribedPredicate.describe("ApplicationEventPublisher.publishEvent",
            call -> call.getTarget().getOwner().isAssignableTo(ApplicationEventPublisher.class)
                && call.getTarget().getName().equals("publishEvent")))
        .check(CLASSES);
  }

  /**
   * A listener reacts to one event of a module, which names its tenant: {@code TenantScopedListeners} runs it in that
   * tenant's scope. Technical listeners of the platform implement {@code ApplicationListener} instead.
   */
  @Test
  void everyEventListenerTakesExactlyOneTenantEvent() {
    LISTENERS_TAKE_ONE_TENANT_EVENT.check(CLASSES);
    assertThatThrownBy(() -> LISTENERS_TAKE_ONE_TENANT_EVENT.check(new ClassFileImporter()
        .importClasses(ListenerOfAString.class, ListenerOfTwo.class)))
        .hasMessageContaining("ListenerOfAString.on(java.lang.String)")
        .hasMessageContaining("ListenerOfTwo.on(");
  }

  /**
   * A listener reacts to one event of a module, which names its tenant: {@code TenantScopedListeners} runs it in that
   * tenant's scope. Technical listeners of the platform implement {@code ApplicationListener} instead.
   */
  static final ArchRule LISTENERS_TAKE_ONE_TENANT_EVENT = methods()
      .that(DescribedPredicate.describe("are event listeners",
          (JavaMethod m) -> m.isAnnotatedWith(EventListener.class) || m.isMetaAnnotatedWith(EventListener.class)))
      .should(new ArchCondition<>("take exactly one parameter, a TenantEvent") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          var parameters = method.getRawParameterTypes();
          if (parameters.size() != 1 || !parameters.get(0).isAssignableTo(TenantEvent.class)) {
            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " does not take one TenantEvent"));
          }
        }
      })
      .allowEmptyShould(true); // until the first module listens

  static class ListenerOfAString {
    @ApplicationModuleListener
    void on(String event) {
    }
  }

  static class ListenerOfTwo {
    @EventListener
    void on(TenantEvent event, String extra) {
    }
  }

  /**
   * Services speak the domain: they throw the domain exceptions of {@code io.fokus.platform.domain}, which the web
   * layer maps to problem details; HTTP statuses stay in {@code web/}.
   */
  @Test
  void implementationsThrowDomainExceptionsNotHttpOnes() {
    noClasses().that().resideInAPackage("io.fokus..internal..")
        .should().dependOnClassesThat().areAssignableTo(ApiException.class)
        .check(CLASSES);
  }

  /**
   * Repositories map rows to domain records at their boundary: no method a service or controller can call hands out
   * a jOOQ record or result (private mapping helpers may take one).
   */
  @Test
  void repositoriesAndServicesHandOutNoJooqRecords() {
    methods().that().areDeclaredInClassesThat().resideInAPackage("io.fokus..")
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("io.fokus.platform..")
        .and().areNotPrivate()
        .should(new ArchCondition<>("return no jOOQ record types") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean jooq = method.getReturnType().getAllInvolvedRawTypes().stream()
                .anyMatch(t -> t.isAssignableTo(org.jooq.Record.class) || t.isAssignableTo(org.jooq.Result.class));
            if (jooq) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns a jOOQ type"));
            }
          }
        })
        .check(CLASSES);
  }

  private static String moduleOf(JavaClass javaClass) {
    String rest = javaClass.getPackageName().substring("io.fokus".length());
    if (rest.isEmpty()) {
      return "";
    }
    String[] parts = rest.substring(1).split("\\.");
    return parts[0];
  }
}
