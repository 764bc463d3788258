// SPDX-License-Identifier: GPL-3.0-or-later
/** People and what they may do: roles, permissions, Argon2id passwords, sessions, API tokens, login throttling. */
package org.factdesk.accounts;
