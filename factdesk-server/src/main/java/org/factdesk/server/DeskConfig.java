// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.factdesk.comments.CommentSettings;
import org.factdesk.comments.ModerationMode;
import org.factdesk.publishing.SiteSettings;

/**
 * Everything the desk needs to start, typed. {@link #fromSettings} reads string settings (from
 * the command line, the environment or a file) and refuses keys it does not know, naming them,
 * so a typo never silently falls back to a default.
 *
 * @param port HTTP port; 0 picks a free one (tests)
 * @param dataDir where the embedded H2 database lives
 * @param databaseUrl a JDBC URL; empty means the H2 file under {@code dataDir}
 * @param databaseSchema a schema to keep everything in (created when missing); tests use it
 * @param backgroundThreshold articles longer than this (characters) are analysed in the background
 * @param secureCookies send cookies with {@code Secure} (behind HTTPS)
 * @param demo load the demo newsroom when the database has no accounts yet
 * @param site the public site's name and address ({@code site.*})
 * @param comments the comment rules ({@code comments.*})
 */
public record DeskConfig(int port, Path dataDir, Optional<String> databaseUrl, String databaseUser,
    String databasePassword, Optional<String> databaseSchema, int backgroundThreshold,
    int fetchMaxBytes, Duration fetchTimeout, int loginAttemptsPerAccount,
    int loginAttemptsPerAddress, boolean secureCookies, boolean demo, SiteSettings site,
    CommentSettings comments) {

  public static final List<String> KEYS = List.of("port", "data", "database.url", "database.user",
      "database.password", "database.schema", "analysis.background-threshold", "fetch.max-bytes",
      "fetch.timeout-seconds", "login.attempts-per-account", "login.attempts-per-address",
      "cookies.secure", "demo", "site.name", "site.url", "comments.moderation", "comments.max-links",
      "comments.banned-words", "comments.suspect-words", "comments.per-address-per-minute",
      "comments.per-commenter-per-minute", "comments.reports-to-hold");

  /** Reads settings; any key not in {@link #KEYS} is an error. */
  public static DeskConfig fromSettings(Map<String, String> settings) {
    TreeSet<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown settings: " + String.join(", ", unknown)
          + ". Known settings: " + String.join(", ", KEYS) + ".");
    }
    Map<String, String> s = new HashMap<>(settings);
    return new DeskConfig(
        integer(s, "port", 8080, 0, 65535),
        Path.of(s.getOrDefault("data", "data")),
        Optional.ofNullable(s.get("database.url")).filter(u -> !u.isBlank()),
        s.getOrDefault("database.user", ""),
        s.getOrDefault("database.password", ""),
        Optional.ofNullable(s.get("database.schema")).filter(u -> !u.isBlank()),
        integer(s, "analysis.background-threshold", 20_000, 0, Integer.MAX_VALUE),
        integer(s, "fetch.max-bytes", 5 * 1024 * 1024, 1024, 20 * 1024 * 1024),
        Duration.ofSeconds(integer(s, "fetch.timeout-seconds", 15, 1, 300)),
        integer(s, "login.attempts-per-account", 5, 1, 10_000),
        integer(s, "login.attempts-per-address", 20, 1, 100_000),
        bool(s, "cookies.secure", false),
        bool(s, "demo", false),
        new SiteSettings(s.getOrDefault("site.name", "Factdesk"), Optional.ofNullable(s.get("site.url"))),
        new CommentSettings(ModerationMode.parse(s.getOrDefault("comments.moderation", "first_time")),
            integer(s, "comments.max-links", 2, 0, 1000),
            words(s.get("comments.banned-words")),
            words(s.get("comments.suspect-words")),
            integer(s, "comments.per-address-per-minute", 5, 1, 1_000_000),
            integer(s, "comments.per-commenter-per-minute", 3, 1, 1_000_000),
            integer(s, "comments.reports-to-hold", 3, 1, 1000)));
  }

  /** A comma-separated word list; blanks are dropped. */
  private static List<String> words(String text) {
    return text == null ? List.of() : java.util.Arrays.stream(text.split(",")).map(String::strip)
        .filter(w -> !w.isEmpty()).toList();
  }

  /** The JDBC URL to use: the configured one, or the embedded H2 file under the data folder. */
  public String jdbcUrl() {
    return databaseUrl.orElseGet(() -> "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("factdesk").toString().replace('\\', '/'));
  }

  private static int integer(Map<String, String> s, String key, int fallback, int min, int max) {
    String text = s.get(key);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", not " + value + ".");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not \"" + text + "\".");
    }
  }

  private static boolean bool(Map<String, String> s, String key, boolean fallback) {
    String text = s.get(key);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, not \"" + text + "\".");
    };
  }
}
