package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.customers.CustomerId;
import io.fokus.promises.PromiseBroken;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseSource;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import io.fokus.training.CourseId;
import io.fokus.training.internal.TrainingRule.Definition;
import io.fokus.training.internal.TrainingRule.Metric;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The training rules' listener: broken promises are recorded once each; a switched-on rule "2 broken promises in 30
 * days" fires for the member at the second one, records the evidence and assigns its course once, and the same event
 * delivered again changes nothing.
 */
@ModuleTest(extraIncludes = {"customers", "promises", "complaints"})
class RuleListenersModuleTest extends TrainingModuleTest {

  @Autowired
  RuleService rules;

  PromiseBroken broken(TenantId tenant, MemberId owner, UnitId unit) {
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
    return new PromiseBroken(tenant, new PromiseId(UUID.randomUUID()), new CustomerId(UUID.randomUUID()), owner,
        unit, PromiseSource.manual(), at.minus(1, ChronoUnit.DAYS), at, true);
  }

  @Test
  void twoBrokenPromisesOfAMemberAssignTheRulesCourseOnce(Scenario scenario) {
    TenantId tenant = tenant();
    UnitId desk = unit(tenant, "Desk");
    MemberId staff = member(tenant, desk);
    CourseId course = published(tenant);
    UUID rule = in(tenant, () -> {
      var created = rules.create(HR, new Definition("Two broken in 30 days", Metric.BROKEN_PROMISES, Subject.MEMBER,
          2, 30, null, course, 14, 60));
      return rules.enable(HR, created.rule().id(), true).rule().id();
    });

    PromiseBroken first = broken(tenant, staff, desk);
    scenario.publish(first)
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.signal"), n -> n == 1)
        .andVerify(n -> assertThat(count(tenant, "select count(*) from training.rule_firing")).isZero());

    scenario.publish(broken(tenant, staff, desk))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.assignment where source = 'RULE'"),
            n -> n == 1)
        .andVerify(n -> {
          assertThat(count(tenant, "select count(*) from training.rule_firing where rule_id = '" + rule
              + "' and member_id = '" + staff.value() + "' and value = 2 and assigned = 1"
              + " and jsonb_array_length(evidence->'signals') = 2")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from training.assignment a join training.rule_firing f"
              + " on f.id = a.firing_id where a.member_id = '" + staff.value() + "'")).isEqualTo(1);
        });

    // delivered again: nothing new; a third broken promise in the cool-down fires nothing either
    scenario.publish(first)
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.signal"), n -> n == 2);
    scenario.publish(broken(tenant, staff, desk))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from training.signal"), n -> n == 3)
        .andVerify(n -> assertThat(count(tenant, "select count(*) from training.rule_firing")).isEqualTo(1));
  }
}
