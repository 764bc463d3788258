// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Prior fact-checks in the desk: the fact-check archive (factdesk-archive) opened for the desk,
 * matching each claim with the same-claim model, or by keywords when the embedding model is not
 * installed, and taking in the verdicts the desk publishes.
 */
package org.factdesk.priorchecks;
