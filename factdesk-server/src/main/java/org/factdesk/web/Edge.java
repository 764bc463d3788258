// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.factdesk.errors.TooLargeException;

/**
 * What every request meets before any route, parsing, sign-in or CSRF check: the size limits,
 * the {@code Host} check when {@code site.url} is set, who the client is (believing
 * {@code X-Forwarded-For} only from a trusted proxy) and the caching rule for private pages.
 *
 * @param maxBodyBytes the largest request body; a larger declared length is refused unread
 * @param maxParts the most fields or parts one form may have
 * @param trustedProxies addresses whose {@code X-Forwarded-For} header is believed
 * @param siteUrl the public address, when set; requests for any other host are refused
 * @param databaseUp answers whether the database works right now (for {@code /healthz})
 */
public record Edge(long maxBodyBytes, int maxParts, Set<String> trustedProxies, Optional<String> siteUrl,
    BooleanSupplier databaseUp) {
  static final String CLIENT = "factdesk.client";
  /** Paths readers and caches may keep: published pages and feeds. Everything else is private. */
  private static final List<String> PUBLIC_PREFIXES = List.of("/news", "/fact-checks/", "/corrections",
      "/feed", "/sitemap", "/robots.txt");

  public Edge {
    trustedProxies = Set.copyOf(trustedProxies);
  }

  /** Limits the server itself enforces while reading (multipart parts and spooling, form keys). */
  void configure(JavalinConfig config) {
    config.http.maxRequestSize = maxBodyBytes;
    config.jetty.multipartConfig.maxTotalRequestSize(maxBodyBytes, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(maxBodyBytes, SizeUnit.BYTES);
    // Parts stay in memory up to the whole limit, so an upload never reaches the disk.
    config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes), SizeUnit.BYTES);
    config.jetty.modifyServletContextHandler(handler -> {
      handler.setMaxFormKeys(maxParts);
      handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes));
    });
  }

  /** Runs first on every request. */
  void check(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw new TooLargeException("The request is larger than the desk accepts ("
          + maxBodyBytes / (1024 * 1024) + " MB at most).");
    }
    siteUrl.ifPresent(url -> {
      String expected = URI.create(url).getHost().toLowerCase(Locale.ROOT);
      String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT)
          .replaceFirst(":\\d+$", "");
      if (!host.equals(expected)) {
        throw new UnknownHostRequest();
      }
    });
    ctx.attribute(CLIENT, client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")));
    if (!isPublicPath(ctx.path())) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * The client's address: the connection's, or, when the connection comes from a trusted proxy,
   * the last address in {@code X-Forwarded-For} that is not itself a trusted proxy (earlier
   * entries are whatever the client chose to write).
   */
  String client(String remote, String forwardedFor) {
    if (!trustedProxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return remote;
  }

  static boolean isPublicPath(String path) {
    return path.equals("/") || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /** A request for a host other than {@code site.url}'s. */
  static final class UnknownHostRequest extends RuntimeException {
    UnknownHostRequest() {
      super("This server does not answer for that host name.");
    }
  }
}
