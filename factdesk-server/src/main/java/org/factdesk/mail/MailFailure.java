// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.mail;

/** A message could not be handed to the SMTP server; the message says why without secrets. */
public final class MailFailure extends Exception {
  private static final long serialVersionUID = 1L;

  MailFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
