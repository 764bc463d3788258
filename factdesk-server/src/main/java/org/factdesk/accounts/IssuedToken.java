// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

/** A freshly created API token with its secret, which is never shown again. */
public record IssuedToken(ApiToken token, String secret) {}
