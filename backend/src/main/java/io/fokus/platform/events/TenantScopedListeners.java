package io.fokus.platform.events;

import io.fokus.platform.tenancy.Tenancy;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Runs every event listener method whose one parameter is a {@link TenantEvent} (an
 * {@code @ApplicationModuleListener}, any {@code @EventListener}) inside {@code Tenancy.runAs(event.tenantId(), ...)}:
 * a listener queries only its event's tenant through row-level security, and forgetting the scope is impossible.
 *
 * <p>The scope is applied innermost, after {@code @Async} moved the call to its thread and {@code @Transactional}
 * opened the listener's transaction (which learns the tenant at once), so it is the listener's own thread that works
 * for the tenant and the scope ends with the call.
 */
@Component
class TenantScopedListeners extends AbstractBeanFactoryAwareAdvisingPostProcessor {

  TenantScopedListeners(ObjectProvider<Tenancy> tenancy) {
    setProxyTargetClass(true); // listeners are classes, often package-private, without interfaces
    setBeforeExistingAdvisors(false);
    this.advisor = new DefaultPointcutAdvisor(new TenantEventListeners(), new InTenantScope(tenancy));
  }

  /** Listener methods with exactly one parameter, a TenantEvent. */
  static final class TenantEventListeners extends StaticMethodMatcherPointcut {

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
      return AnnotatedElementUtils.hasAnnotation(method, EventListener.class) && method.getParameterCount() == 1
          && TenantEvent.class.isAssignableFrom(method.getParameterTypes()[0]);
    }
  }

  private record InTenantScope(ObjectProvider<Tenancy> tenancy) implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      TenantEvent event = (TenantEvent) invocation.getArguments()[0];
      try {
        return tenancy.getObject().runAs(event.tenantId(), () -> {
          try {
            return invocation.proceed();
          } catch (RuntimeException | Error e) {
            throw e;
          } catch (Throwable e) {
            throw new CheckedFailure(e);
          }
        });
      } catch (CheckedFailure wrapped) {
        throw wrapped.getCause();
      }
    }
  }

  /** Carries a checked exception of the listener through the scope's Supplier unchanged. */
  private static final class CheckedFailure extends RuntimeException {

    CheckedFailure(Throwable cause) {
      super(cause);
    }
  }
}
