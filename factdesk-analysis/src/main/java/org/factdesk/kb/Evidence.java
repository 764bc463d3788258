// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb;

/**
 * Why a finding says what it says: a knowledge-base fact in words ("Joe Biden was President of
 * the United States from 2021-01-20 to 2025-01-20") and where it comes from (dataset, QID or URL).
 */
public record Evidence(String fact, String source) {}
