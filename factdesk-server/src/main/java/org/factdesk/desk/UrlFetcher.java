// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.factdesk.errors.BadInputException;

/**
 * Fetches an article from a web address: public addresses only (see {@link AddressPolicy}),
 * checked again at every redirect, connecting to exactly the addresses checked; one deadline for
 * the whole fetch; a size limit; and failures explained without saying what answered on the
 * other side (a refused port and a silent one read the same).
 */
final class UrlFetcher implements AutoCloseable {
  /** What came back: the body and a name whose extension tells the reader the format. */
  record Fetched(byte[] body, String name, String finalUrl, String contentType) {}

  private static final int MAX_REDIRECTS = 5;

  private final FetchSettings settings;
  private final AddressPolicy policy;
  private final HttpClient client;

  UrlFetcher(FetchSettings settings) {
    this(settings, AddressPolicy.HostLookup.SYSTEM);
  }

  /** With another way to look host names up (tests: a resolver that changes its answer). */
  UrlFetcher(FetchSettings settings, AddressPolicy.HostLookup lookup) {
    this.settings = settings;
    this.policy = new AddressPolicy(settings.allowedHosts(), lookup);
    this.client = new HttpClient();
    client.setFollowRedirects(false);
    client.setConnectTimeout(settings.deadline().toMillis());
    client.setUserAgentField(new org.eclipse.jetty.http.HttpField(HttpHeader.USER_AGENT,
        "Factdesk/0.1 (newsroom fact-checking desk)"));
    // Every connection, including each redirect's, resolves through the policy and connects to
    // the addresses it approved: no second lookup between the check and the connection.
    client.setSocketAddressResolver(new CheckedResolver());
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the web client", e);
    }
  }

  Fetched fetch(String address) {
    long deadline = System.nanoTime() + settings.deadline().toNanos();
    URI uri = parse(address);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      String host = uri.getHost();
      try {
        policy.resolve(host); // refuse early with a clear message; the resolver checks again
      } catch (AddressPolicy.Refused e) {
        throw new BadInputException("The desk will not fetch " + host + ": " + e.getMessage());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw timedOut(uri);
      }
      URI current = uri;
      Request request = client.newRequest(current).timeout(left, TimeUnit.NANOSECONDS)
          .headers(h -> h.put(HttpHeader.ACCEPT, "text/html, text/plain, text/markdown;q=0.9, */*;q=0.1"));
      InputStreamResponseListener listener = new InputStreamResponseListener();
      request.send(listener);
      Response response;
      try {
        response = listener.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        request.abort(e);
        throw timedOut(uri);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        request.abort(e);
        throw new BadInputException("Fetching the page was interrupted.");
      } catch (Exception e) {
        if (causedBy(e, TimeoutException.class)) {
          throw timedOut(current);
        }
        throw refusedByPolicy(e).orElseGet(() -> unreachable(current));
      }
      int status = response.getStatus();
      if (status >= 300 && status < 400 && response.getHeaders().get(HttpHeader.LOCATION) != null) {
        closeQuietly(listener);
        uri = parse(uri.resolve(response.getHeaders().get(HttpHeader.LOCATION).strip()).toString());
        continue;
      }
      if (status >= 400) {
        closeQuietly(listener);
        throw new BadInputException("The site answered \"" + status + "\" for " + uri
            + "; check the address or paste the text instead.");
      }
      byte[] body = readLimited(listener.getInputStream(), uri, request);
      String declared = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
      declared = declared == null ? "" : declared;
      String type = declared.toLowerCase(Locale.ROOT);
      String name = type.contains("html") ? "page.html"
          : type.contains("markdown") ? "page.md"
          : type.startsWith("text/") ? "page.txt"
          : "page";
      return new Fetched(body, name, uri.toString(), declared);
    }
    throw new BadInputException("The page at " + address + " redirects more than " + MAX_REDIRECTS
        + " times; give the final address instead.");
  }

  private static URI parse(String address) {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      throw new BadInputException("\"" + clip(address) + "\" is not a web address.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new BadInputException("Give a web address starting with http:// or https://.");
    }
    if (uri.getRawUserInfo() != null) {
      throw new BadInputException("Give the web address without a user name or password in it.");
    }
    return uri;
  }

  private byte[] readLimited(InputStream in, URI uri, Request request) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > settings.maxBytes()) {
          request.abort(new IOException("too large"));
          throw new BadInputException("The page at " + uri + " is larger than "
              + settings.maxBytes() / 1024 + " KB; paste the article text instead.");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      // The request's deadline aborts a body that drips too slowly; it ends up here.
      throw new BadInputException("The page at " + uri + " did not arrive in full within "
          + settings.deadline().toSeconds() + " seconds; paste the article text instead.");
    }
  }

  private BadInputException timedOut(URI uri) {
    return new BadInputException("The page at " + uri.getHost() + " could not be fetched within "
        + settings.deadline().toSeconds() + " seconds; paste the article text instead.");
  }

  /** One message whatever went wrong on the wire, so failures do not map the network. */
  private static BadInputException unreachable(URI uri) {
    return new BadInputException("The page at " + uri.getHost()
        + " could not be fetched; check the address or paste the text instead.");
  }

  private static java.util.Optional<BadInputException> refusedByPolicy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedAddressException r) {
        return java.util.Optional.of(new BadInputException(r.getMessage()));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static void closeQuietly(InputStreamResponseListener listener) {
    try {
      listener.close();
    } catch (IOException ignored) {
      // The response is being discarded anyway.
    }
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception ignored) {
      // Shutting down; nothing to report.
    }
  }

  private static final class RefusedAddressException extends IOException {
    RefusedAddressException(String message) {
      super(message);
    }
  }

  private final class CheckedResolver implements SocketAddressResolver {
    @Override
    public void resolve(String host, int port, Map<String, Object> context,
        Promise<List<InetSocketAddress>> promise) {
      try {
        List<InetAddress> addresses = policy.resolve(host);
        promise.succeeded(addresses.stream().map(a -> new InetSocketAddress(a, port)).toList());
      } catch (AddressPolicy.Refused e) {
        promise.failed(new RefusedAddressException("The desk will not fetch " + host + ": " + e.getMessage()));
      }
    }
  }
}
