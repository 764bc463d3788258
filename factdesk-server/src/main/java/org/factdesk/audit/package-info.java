// SPDX-License-Identifier: GPL-3.0-or-later
/** The append-only audit log: every verdict, state change, correction and role change, who and when. */
package org.factdesk.audit;
