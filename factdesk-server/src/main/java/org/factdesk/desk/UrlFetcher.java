// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import org.factdesk.errors.BadInputException;

/**
 * Fetches an article from a web address with a size and a time limit, and explains any failure
 * in words a reporter can act on.
 */
final class UrlFetcher {
  /** What came back: the body and a name whose extension tells the reader the format. */
  record Fetched(byte[] body, String name, String finalUrl, String contentType) {}

  private final HttpClient client;
  private final int maxBytes;
  private final Duration timeout;

  UrlFetcher(int maxBytes, Duration timeout) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
  }

  Fetched fetch(String address) {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      throw new BadInputException("\"" + address + "\" is not a web address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new BadInputException("Give a web address starting with http:// or https://.");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
        .header("User-Agent", "Factdesk/0.1 (newsroom fact-checking desk)")
        .header("Accept", "text/html, text/plain, text/markdown;q=0.9, */*;q=0.1")
        .GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new BadInputException("The page at " + uri.getHost() + " did not answer within "
          + timeout.toSeconds() + " seconds.");
    } catch (IOException e) {
      throw new BadInputException("The page at " + address + " could not be reached ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException("Fetching the page was interrupted.");
    }
    if (response.statusCode() >= 400) {
      close(response.body());
      throw new BadInputException("The site answered \"" + response.statusCode()
          + "\" for " + address + "; check the address or paste the text instead.");
    }
    byte[] body = readLimited(response.body(), address);
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String name = type.contains("html") ? "page.html"
        : type.contains("markdown") ? "page.md"
        : type.startsWith("text/") ? "page.txt"
        : "page";
    return new Fetched(body, name, response.uri().toString(),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private byte[] readLimited(InputStream in, String address) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new BadInputException("The page at " + address + " is larger than "
              + maxBytes / 1024 + " KB; paste the article text instead.");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new BadInputException("The page at " + address + " stopped sending part way through.");
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing to do: the request already failed and says why.
    }
  }
}
