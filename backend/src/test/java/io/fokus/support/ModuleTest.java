package io.fokus.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test: boots only the module of the annotated test class (its package) and the modules it depends on
 * directly, with the platform's real persistence: a temporary embedded PostgreSQL (started by the platform's
 * environment post-processor, as in production without a configured database), the Liquibase changelog applied as
 * the owner, jOOQ and the tenant-aware transactions connecting as the application role under row-level security.
 * Test methods may take a {@link org.springframework.modulith.test.Scenario} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@TestPropertySource(properties = {
    "fokus.embedded-db.ephemeral=true",
    "fokus.security.issuer-uri=" + TestIssuer.ISSUER,
    "fokus.security.audience=" + TestIssuer.AUDIENCE})
public @interface ModuleTest {

  /** Which modules boot besides the test's own; the platform always does. */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
  BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

  /** Further modules to boot, by name (for a listener test whose event comes from a module not depended on). */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
  String[] extraIncludes() default {};
}
