package io.github.camelmistral.api;

import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

/**
 * How the component's shared HTTP transport connects: pool size, timeouts, HTTP version, proxy, TLS and the
 * client-side limits of all its endpoints together.
 *
 * @param maxConnections        the most connections open at once
 * @param connectTimeout        how long a connection may take to open
 * @param httpVersion           {@code auto} (HTTP/2 by ALPN over TLS, else HTTP/1.1), {@code 1.1} or {@code 2}
 * @param proxy                 the HTTP proxy to go through, or null
 * @param sslContext            the TLS context (trust and key material), or null for the JVM's default
 * @param requestsPerSecond     the most requests started per second, or null for no limit
 * @param maxConcurrentRequests the most requests in flight, or null for no limit
 */
public record TransportSettings(int maxConnections, Duration connectTimeout, String httpVersion, Proxy proxy,
                                SSLContext sslContext, Double requestsPerSecond, Integer maxConcurrentRequests) {

    /** The versions {@code httpVersion} takes. */
    public static final List<String> HTTP_VERSIONS = List.of("auto", "1.1", "2");

    public TransportSettings {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, but is " + maxConnections);
        }
        if (!HTTP_VERSIONS.contains(httpVersion)) {
            throw new IllegalArgumentException("httpVersion is one of " + HTTP_VERSIONS + ", but is '" + httpVersion + "'");
        }
        if (requestsPerSecond != null && requestsPerSecond < 0) {
            throw new IllegalArgumentException("requestsPerSecond must not be negative, but is " + requestsPerSecond);
        }
        if (maxConcurrentRequests != null && maxConcurrentRequests < 0) {
            throw new IllegalArgumentException("maxConcurrentRequests must not be negative, but is "
                                               + maxConcurrentRequests);
        }
    }

    /**
     * An HTTP proxy; {@code https} calls are tunnelled through it with {@code CONNECT}.
     *
     * @param nonProxyHosts hosts reached directly, {@code |}-separated, {@code *} as a wildcard (as the JVM's
     *                      {@code http.nonProxyHosts}); null for none
     */
    public record Proxy(String host, int port, String username, String password, String nonProxyHosts) {

        public Proxy {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("proxyHost must be set to use a proxy");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxyPort must be between 1 and 65535, but is " + port);
            }
        }

        /** Whether {@code targetHost} is reached directly rather than through the proxy. */
        public boolean bypasses(String targetHost) {
            if (nonProxyHosts == null || nonProxyHosts.isBlank()) {
                return false;
            }
            for (String pattern : nonProxyHosts.split("\\|")) {
                String glob = pattern.strip().toLowerCase(java.util.Locale.ROOT);
                if (!glob.isEmpty() && targetHost.toLowerCase(java.util.Locale.ROOT)
                        .matches(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q"))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            // the password is a credential: never in a log line or an exception
            return "Proxy[" + host + ":" + port + (username != null ? ", user " + username : "") + "]";
        }
    }
}
