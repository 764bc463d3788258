// SPDX-License-Identifier: GPL-3.0-or-later
/** Problems the desk reports to people: each kind maps to one HTTP status at the web edge, with a message a journalist understands. */
package org.factdesk.errors;
