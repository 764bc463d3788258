// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends plain-text messages through the configured SMTP server (Jakarta Mail, Eclipse Angus).
 * With {@code mail.tls=starttls} a server that does not offer STARTTLS gets nothing: the message
 * is never sent in the clear by accident.
 */
public final class SmtpMailer {
  private final MailSettings settings;
  private final Session session;

  public SmtpMailer(MailSettings settings) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("mail.host is not set: the desk sends no mail.");
    }
    this.settings = settings;
    String protocol = settings.tls() == MailSettings.Tls.IMPLICIT ? "smtps" : "smtp";
    String timeout = String.valueOf(settings.timeout().toMillis());
    Properties p = new Properties();
    p.put("mail.transport.protocol", protocol);
    p.put("mail." + protocol + ".host", settings.host().orElseThrow());
    p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
    p.put("mail." + protocol + ".connectiontimeout", timeout);
    p.put("mail." + protocol + ".timeout", timeout);
    p.put("mail." + protocol + ".writetimeout", timeout);
    p.put("mail." + protocol + ".from", settings.from());
    boolean signIn = !settings.user().isEmpty();
    p.put("mail." + protocol + ".auth", String.valueOf(signIn));
    if (settings.tls() == MailSettings.Tls.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (settings.tls() != MailSettings.Tls.OFF) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    this.session = Session.getInstance(p, signIn ? new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.user(), settings.password());
      }
    } : null);
  }

  /** Sends one plain-text message; returns once the server accepted it. */
  public void send(String to, String subject, String text) throws MailFailure {
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.from(), true));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(text, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
    } catch (MessagingException | RuntimeException e) {
      // Only the exception's kind: driver messages can echo the server's reply and the account.
      throw new MailFailure("The mail server " + settings.host().orElse("") + ":" + settings.port()
          + " did not take the message (" + e.getClass().getSimpleName() + ").", e);
    }
  }
}
