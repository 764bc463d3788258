// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP client against a real SMTP server in this process (GreenMail, no TLS on offer). */
final class SmtpMailerTest {
  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private MailSettings settings(MailSettings.Tls tls, String user, String password) {
    return new MailSettings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort(), "desk@news.test", user, password,
        tls, Duration.ofSeconds(5));
  }

  @Test
  void a_message_reaches_the_server_with_its_sender_subject_and_text() throws Exception {
    new SmtpMailer(settings(MailSettings.Tls.OFF, "", "")).send("reader@mail.test", "Grüße", "Hello, ünïcode.");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Grüße");
    assertThat(smtp.getReceivedMessages()[0].getContent().toString()).contains("Hello, ünïcode.");
    assertThat(smtp.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("desk@news.test");
  }

  @Test
  void with_starttls_required_nothing_is_sent_to_a_server_that_cannot_encrypt() {
    assertThatThrownBy(() -> new SmtpMailer(settings(MailSettings.Tls.STARTTLS, "", "")).send("reader@mail.test",
        "Secret", "Not for the clear."))
        .isInstanceOf(MailFailure.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_failure_names_the_server_but_never_the_password() {
    MailSettings s = new MailSettings(Optional.of("127.0.0.1"), 1, "desk@news.test", "desk", "hunter2-secret",
        MailSettings.Tls.OFF, Duration.ofSeconds(2));
    assertThatThrownBy(() -> new SmtpMailer(s).send("reader@mail.test", "x", "y"))
        .isInstanceOf(MailFailure.class).hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("hunter2");
    assertThat(s.toString()).doesNotContain("hunter2");
  }

  @Test
  void settings_refuse_an_unknown_tls_mode_and_a_host_without_a_sender() {
    assertThatThrownBy(() -> MailSettings.Tls.parse("ssl")).hasMessage("mail.tls must be starttls, implicit or off, not \"ssl\".");
    assertThatThrownBy(() -> new MailSettings(Optional.of("smtp.news.test"), 587, "", "", "", MailSettings.Tls.STARTTLS,
        Duration.ofSeconds(5))).hasMessageContaining("mail.from");
    assertThat(MailSettings.off().enabled()).isFalse();
  }
}
