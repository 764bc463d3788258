// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The newsroom's own knowledge-base facts: terms added, ended or corrected and events added or
 * corrected on the desk, each with a source address, audited, laid on the engine's knowledge base
 * for the next analysis, and exported as an additions file for {@code factdesk kb import}.
 */
package org.factdesk.newsroom;
