// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.publishing;

import java.util.Optional;

/**
 * The public site's identity.
 *
 * @param name the publication's name, shown on pages and as the author of reviews and the feed
 * @param baseUrl the site's public address without a trailing slash (for canonical links, the
 *     feed and the sitemap); empty means "the address the request came to"
 */
public record SiteSettings(String name, Optional<String> baseUrl) {
  public SiteSettings {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("site.name cannot be empty.");
    }
    baseUrl = baseUrl.map(u -> u.strip().replaceAll("/+$", "")).filter(u -> !u.isEmpty());
    baseUrl.ifPresent(u -> {
      if (!u.matches("https?://[^\\s/]+(/\\S*)?")) {
        throw new IllegalArgumentException("site.url must be an http(s) address, not \"" + u + "\".");
      }
    });
  }

  public static SiteSettings defaults() {
    return new SiteSettings("Factdesk", Optional.empty());
  }
}
