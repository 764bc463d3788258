// SPDX-License-Identifier: GPL-3.0-or-later
/** The newsroom desk: articles, their analysis, the claim checklist, findings, workflow, the label rule and corrections. */
package org.factdesk.desk;
