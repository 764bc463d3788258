// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.comments.CommentSettings;
import org.factdesk.comments.ModerationMode;
import org.factdesk.desk.FetchSettings;
import org.factdesk.mail.MailSettings;
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
 * @param bind the network address to listen on; 127.0.0.1 unless told otherwise
 * @param analysisLease how long a worker's claim on an analysis lasts without renewal; a crashed
 *     worker's analyses are taken over once it runs out
 * @param fetch how articles are fetched from web addresses ({@code fetch.*})
 * @param requestMaxBytes the largest request body accepted, refused before it is read
 * @param requestMaxParts the most parts a multipart form may have
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param tokenLifetime how long a new API token stays valid
 * @param archiveDir the fact-check archive (a Lucene folder, created when missing) whose prior
 *     fact-checks are shown under each claim and into which published verdicts go; empty: none
 * @param archiveKeywordOnly match by keywords only, without loading the embedding model
 * @param mail how e-mail is sent ({@code mail.*}); off unless {@code mail.host} is set
 */
public record DeskConfig(int port, Path dataDir, Optional<String> databaseUrl, String databaseUser,
    String databasePassword, Optional<String> databaseSchema, int backgroundThreshold,
    int loginAttemptsPerAccount, int loginAttemptsPerAddress, boolean secureCookies, boolean demo,
    SiteSettings site, CommentSettings comments, String bind, Duration analysisLease,
    FetchSettings fetch, long requestMaxBytes, int requestMaxParts, Set<String> trustedProxies,
    Duration tokenLifetime, Optional<Path> archiveDir, boolean archiveKeywordOnly, MailSettings mail) {

  public static final List<String> KEYS = List.of("port", "bind", "data", "database.url", "database.user",
      "database.password", "database.schema", "analysis.background-threshold",
      "analysis.lease-seconds", "fetch.max-bytes", "fetch.timeout-seconds", "fetch.allow-hosts",
      "request.max-bytes", "request.max-parts", "proxy.trusted",
      "login.attempts-per-account", "login.attempts-per-address", "tokens.lifetime-days",
      "cookies.secure", "demo", "site.name", "site.url", "comments.moderation", "comments.max-links",
      "comments.banned-words", "comments.suspect-words", "comments.per-address-per-minute",
      "comments.per-commenter-per-minute", "comments.reports-to-hold", "archive.dir", "archive.keyword-only",
      "mail.host", "mail.port", "mail.from", "mail.user", "mail.password", "mail.tls", "mail.timeout-seconds");

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
            integer(s, "comments.reports-to-hold", 3, 1, 1000)),
        s.getOrDefault("bind", "127.0.0.1").strip(),
        Duration.ofSeconds(integer(s, "analysis.lease-seconds", 60, 2, 3600)),
        new FetchSettings(integer(s, "fetch.max-bytes", 5 * 1024 * 1024, 1024, 20 * 1024 * 1024),
            Duration.ofSeconds(integer(s, "fetch.timeout-seconds", 15, 1, 300)),
            words(s.get("fetch.allow-hosts")).stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet())),
        integer(s, "request.max-bytes", 6 * 1024 * 1024, 1024, 100 * 1024 * 1024),
        integer(s, "request.max-parts", 20, 1, 1000),
        Set.copyOf(words(s.get("proxy.trusted"))),
        Duration.ofDays(integer(s, "tokens.lifetime-days", 90, 1, 3650)),
        Optional.ofNullable(s.get("archive.dir")).filter(d -> !d.isBlank()).map(d -> Path.of(d.strip())),
        bool(s, "archive.keyword-only", false),
        new MailSettings(Optional.ofNullable(s.get("mail.host")), integer(s, "mail.port", 587, 1, 65535),
            s.getOrDefault("mail.from", "").strip(), s.getOrDefault("mail.user", "").strip(),
            s.getOrDefault("mail.password", ""), MailSettings.Tls.parse(s.getOrDefault("mail.tls", "starttls")),
            Duration.ofSeconds(integer(s, "mail.timeout-seconds", 20, 1, 300))));
  }

  /** The settings without the passwords: a record's own text would print them. */
  @Override
  public String toString() {
    return "DeskConfig[port=" + port + ", bind=" + bind + ", data=" + dataDir + ", database.url="
        + databaseUrl.map(u -> u.replaceAll("(?i)(password=)[^&;\\s]*", "$1…")).orElse("(embedded)")
        + ", database.user=" + databaseUser + ", database.password=" + (databasePassword.isEmpty() ? "" : "…")
        + ", archive.dir=" + archiveDir.map(Path::toString).orElse("") + ", mail=" + mail + "]";
  }

  /** A comma-separated word list; blanks are dropped. */
  private static List<String> words(String text) {
    return text == null ? List.of() : java.util.Arrays.stream(text.split(",")).map(String::strip)
        .filter(w -> !w.isEmpty()).toList();
  }

  /** The JDBC URL to use: the configured one, or the embedded H2 file under the data folder. */
  public String jdbcUrl() {
    // WRITE_DELAY=0: H2 writes each commit to the file before the commit returns (its default
    // waits up to half a second, and a crash in that half second lost acknowledged writes).
    return databaseUrl.orElseGet(() -> "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("factdesk").toString().replace('\\', '/') + ";WRITE_DELAY=0");
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
