// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.Duration;
import java.util.Set;

/**
 * How the desk fetches an article from a web address ({@code fetch.*} settings).
 *
 * @param maxBytes the largest page it reads
 * @param deadline one deadline for the whole fetch: every redirect, the connection and the body
 * @param allowedHosts host names (exact, lower case) that may resolve to private addresses, for a
 *     newsroom's own intranet; every other host must resolve to public addresses only
 */
public record FetchSettings(int maxBytes, Duration deadline, Set<String> allowedHosts) {
  public FetchSettings {
    allowedHosts = Set.copyOf(allowedHosts);
  }
}
