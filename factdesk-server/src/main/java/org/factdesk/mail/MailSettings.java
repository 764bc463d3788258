// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the desk sends e-mail, typed (read from settings by the server's config).
 *
 * @param host the SMTP server; empty means the desk sends no mail (and commenters' addresses are
 *     not verified)
 * @param port the SMTP port
 * @param from the sender address on every message
 * @param user the SMTP account, empty for a server that needs no sign-in
 * @param password the SMTP password; never shown in a message
 * @param tls how the connection is protected
 * @param timeout one limit for connecting, and for each read and write
 */
public record MailSettings(Optional<String> host, int port, String from, String user, String password,
    Tls tls, Duration timeout) {

  /** How the SMTP connection is encrypted. */
  public enum Tls {
    /** Plain connection upgraded with STARTTLS; a server that does not offer it gets no mail. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    IMPLICIT,
    /** No encryption: only for a relay on the same machine or network. */
    OFF;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "starttls", "implicit" or "off"; anything else is an error. */
    public static Tls parse(String text) {
      String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> t.label().equals(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("mail.tls must be starttls, implicit or off, not \""
              + text + "\"."));
    }
  }

  public MailSettings {
    host = host.map(String::strip).filter(h -> !h.isEmpty());
    if (host.isPresent() && (from == null || !from.strip().matches("[^@\\s]+@[^@\\s]+"))) {
      throw new IllegalArgumentException("mail.from must be the sender's e-mail address when mail.host is set.");
    }
  }

  /** No mail at all. */
  public static MailSettings off() {
    return new MailSettings(Optional.empty(), 587, "", "", "", Tls.STARTTLS, Duration.ofSeconds(20));
  }

  public boolean enabled() {
    return host.isPresent();
  }

  @Override
  public String toString() {
    // Settings are logged and shown in errors; the password never is.
    return "MailSettings[host=" + host.orElse("") + ", port=" + port + ", from=" + from + ", user=" + user
        + ", tls=" + tls.label() + ", timeout=" + timeout + "]";
  }
}
