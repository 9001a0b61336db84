package io.fokus.platform.mail;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests run the platform's mail dispatcher at once instead of waiting for its schedule. */
@TestComponent
public class MailDispatchProbe {

  private final MailDispatch dispatch;

  MailDispatchProbe(MailDispatch dispatch) {
    this.dispatch = dispatch;
  }

  public void run() {
    dispatch.dispatch();
  }
}
