// SPDX-License-Identifier: GPL-3.0-or-later
/** The composition root of the desk: typed configuration, the one place that builds every object, and the demo newsroom. */
package org.factdesk.server;
