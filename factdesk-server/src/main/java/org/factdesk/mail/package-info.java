// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Outgoing e-mail through an SMTP server the operator names ({@code mail.*} settings): used to
 * send commenters the link that verifies their address. Off unless {@code mail.host} is set.
 */
package org.factdesk.mail;
