package moodbox.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import moodbox.config.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings page and its JSON API on the JDK's built-in HTTP server. Bind it to {@code 0.0.0.0:port} on
 * the box (the LAN) or to a loopback address in tests; {@link #close()} stops it.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private final HttpServer server;
    private final ExecutorService threads;

    private WebServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving at once; {@code hostName} is this machine's name, accepted in the {@code Host} header. */
    public static WebServer start(InetSocketAddress bind, String hostName, SettingsStore store, BoxControl box,
                                  MoodHistory history, Clock clock) throws IOException {
        Sessions sessions = new Sessions(clock);
        RequestRules rules = new RequestRules(hostName, sessions);
        ApiHandler api = new ApiHandler(rules);
        new AuthRoutes(store, sessions, new LoginThrottle(clock)).register(api);
        new SettingsRoutes(store, sessions).register(api);
        new BoxRoutes(box, history, store, clock).register(api);

        // Without TCP_NODELAY the separate header and body writes wait on delayed ACKs: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(bind, 32);
        server.createContext("/api/", api);
        server.createContext("/", new StaticFiles(rules));
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "web-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
        log.info("settings page listening on {}", server.getAddress());
        return new WebServer(server, threads);
    }

    /** Starts on all addresses ({@code 0.0.0.0}) at {@code port}, named after this machine. */
    public static WebServer startOnLan(int port, SettingsStore store, BoxControl box, MoodHistory history,
                                       Clock clock) throws IOException {
        return start(new InetSocketAddress(port), localHostName(), store, box, history, clock);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The addresses a phone on the same network can open, e.g. {@code http://192.168.1.23:8080/}. */
    public List<String> lanUrls() {
        List<String> urls = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address) {
                            urls.add("http://" + a.getHostAddress() + ":" + port() + "/");
                        }
                    }
                }
            }
        } catch (SocketException e) {
            log.warn("cannot list network addresses: {}", e.getMessage());
        }
        if (urls.isEmpty()) {
            urls.add("http://localhost:" + port() + "/");
        }
        return urls;
    }

    static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "moodbox";
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        log.info("settings page stopped");
    }
}
