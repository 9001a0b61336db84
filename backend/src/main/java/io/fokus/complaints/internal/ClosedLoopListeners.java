package io.fokus.complaints.internal;

import io.fokus.complaints.ComplaintResolved;
import io.fokus.surveys.SurveyResponseSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The closed loop's listeners: a resolution asks for the follow-up survey; a survey answer with a complaint's context
 * is that complaint's follow-up answer, any other may be a detractor to recover.
 */
@Component
class ClosedLoopListeners {

  private final ClosedLoop loop;
  private final RecoveryCases recovery;

  ClosedLoopListeners(ClosedLoop loop, RecoveryCases recovery) {
    this.loop = loop;
    this.recovery = recovery;
  }

  @ApplicationModuleListener
  void on(ComplaintResolved event) {
    loop.resolved(event);
  }

  @ApplicationModuleListener
  void on(SurveyResponseSubmitted event) {
    ClosedLoop.complaintOf(event.context()).ifPresentOrElse(
        complaint -> loop.followUpAnswered(event, complaint),
        () -> recovery.answered(event));
  }
}
