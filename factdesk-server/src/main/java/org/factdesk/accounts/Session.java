// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

/** A signed-in browser: the cookie's secret, the CSRF token its forms carry, and who it is. */
public record Session(String token, String csrfToken, User user) {}
