package io.fokus.surveys.internal;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests run the mail dispatcher at once instead of waiting for its schedule. */
@TestComponent
public class MailDispatcherProbe {

  private final MailDispatcher dispatcher;

  MailDispatcherProbe(MailDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  public void run() {
    dispatcher.dispatch();
  }
}
