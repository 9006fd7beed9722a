package io.github.camelmistral.simulator;

/**
 * Settings of the JDK's built-in HTTP server, which it reads from system properties once, when its configuration
 * class loads, that is when the first {@code HttpServer} of the JVM is created. {@link MistralSimulator} applies
 * them from its static initializer, before it creates any server. A value the user set is kept.
 *
 * <ul>
 *   <li>{@code sun.net.httpserver.nodelay=true}: the server writes a response's headers and its body in two
 *       writes; with Nagle's algorithm on, the second waits for the client's delayed ACK of the first, which adds
 *       about 40 ms to every request on a kept-alive connection after the first few.</li>
 *   <li>{@code sun.net.httpserver.maxIdleConnections=4096}: the default of 200 closes most connections after a
 *       burst of a thousand concurrent requests, and a client may pick a closing one for its next request.</li>
 * </ul>
 *
 * If some other code of the JVM created a JDK HTTP server before the simulator class loaded, these settings come
 * too late; pass them on the command line ({@code -Dsun.net.httpserver.nodelay=true}) then.
 */
final class JdkServerTuning {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";

    private JdkServerTuning() {
    }

    static void apply() {
        setUnlessSet(NO_DELAY, "true");
        setUnlessSet(MAX_IDLE_CONNECTIONS, "4096");
    }

    private static void setUnlessSet(String name, String value) {
        try {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        } catch (SecurityException e) {
            // a security manager forbids it: the server keeps its defaults, slower but correct
        }
    }
}
