package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.complaints.internal.ComplaintService;
import io.fokus.complaints.internal.TouchpointService;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The complaints module with its dependencies: a complaint from the public form publishes ComplaintReceived. */
@ModuleTest
class ComplaintsModuleTest {

  @Autowired
  ComplaintService complaints;

  @Autowired
  Tenancy tenancy;

  @Autowired
  TouchpointService touchpoints;

  @Test
  void intakePublishesComplaintReceivedOnce(Scenario scenario) {
    TenantId tenant = new TenantId(UUID.randomUUID());
    String form = tenancy.runAs(tenant, () -> complaints.formToken());
    var intake = new ComplaintService.Intake("Anna", "anna@example.com", "de", null,
        "The parcel arrived broken.\nSecond line.", "ORD-1", "sub-1");

    scenario.stimulate(() -> complaints.submit(form, intake))
        .andWaitForEventOfType(ComplaintReceived.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify((event, receipt) -> {
          assertThat(receipt.reference()).isEqualTo("C-000001");
          assertThat(event.channel()).isEqualTo(Channel.WEB);
          assertThat(event.kind()).isEqualTo(ComplaintKind.COMPLAINT);
          Complaint stored = tenancy.runAs(tenant, () -> complaints.find(event.complaintId()).orElseThrow());
          assertThat(stored.customerId()).isEqualTo(event.customerId());
          assertThat(stored.subject()).isEqualTo("The parcel arrived broken.");
        });

    // the same submission again is the same complaint, and nothing new is received
    assertThat(complaints.submit(form, intake).reference()).isEqualTo("C-000001");
    assertThat(tenancy.runAs(tenant, () -> complaints.countByStatus()).get(ComplaintStatus.NEW)).isEqualTo(1L);
  }

  @Test
  void aComplaintThroughATouchpointsLinkIsReceivedWithItsName(Scenario scenario) {
    TenantId tenant = new TenantId(UUID.randomUUID());
    String form = tenancy.runAs(tenant, () -> complaints.formToken());
    UUID shop = tenancy.runAs(tenant, () -> touchpoints.add("Berlin shop", true, 0)).id();
    var intake = new ComplaintService.Intake("Anna", "anna@example.com", "de", null, "Rude staff.", null, "tp-1",
        shop);

    scenario.stimulate(() -> complaints.submit(form, intake))
        .andWaitForEventOfType(ComplaintReceived.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.touchpoint()).isEqualTo("Berlin shop");
          assertThat(tenancy.runAs(tenant, () -> complaints.find(event.complaintId()).orElseThrow()).touchpoint())
              .isEqualTo("Berlin shop");
        });
  }
}
