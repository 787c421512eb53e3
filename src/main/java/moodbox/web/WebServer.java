package moodbox.web;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import moodbox.config.SettingsStore;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings page and its JSON API on an embedded Jetty 12 (core, no servlets). Bind it to
 * {@code 0.0.0.0:port} on the box (the LAN) or to a loopback address in tests; {@link #close()} stops it.
 *
 * <p>Made to hold on a hostile network: Jetty reads request heads and bodies without a thread, so slow or idle
 * clients hold no worker; a connection with no traffic for {@link #IDLE_TIMEOUT} is closed, one without a whole
 * request head within {@link ClientConnections#FIRST_REQUEST} too, and a client may hold at most
 * {@link ClientConnections#PER_CLIENT} connections; request heads are limited to {@link #MAX_HEAD} bytes and
 * bodies to {@link Http#MAX_BODY} (checked against {@code Content-Length} before reading). Every request's
 * {@code Host} is checked before any route ({@link RequestRules}), and every answer, Jetty's own errors
 * included, carries the same security headers.
 */
public final class WebServer implements AutoCloseable {
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_HEAD = 8 * 1024;
    private static final int WORKERS = 16;
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService ticker;

    private WebServer(Server server, ServerConnector connector, ScheduledExecutorService ticker) {
        this.server = server;
        this.connector = connector;
        this.ticker = ticker;
    }

    /** Starts serving at once; {@code hostName} is this machine's name, accepted in the {@code Host} header. */
    public static WebServer start(InetSocketAddress bind, String hostName, SettingsStore store, BoxControl box,
                                  MoodHistory history, Clock clock) throws IOException {
        QueuedThreadPool workers = new QueuedThreadPool(WORKERS, 2);
        workers.setName("web");
        workers.setDaemon(true);
        Server server = new Server(workers);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_HEAD);
        http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bind.getAddress() == null || bind.getAddress().isAnyLocalAddress() ? null
                : bind.getAddress().getHostAddress());
        connector.setPort(bind.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(64);
        connector.addBean(new ClientConnections(connector.getScheduler()));
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());

        Sessions sessions = new Sessions(clock);
        RequestRules rules = new RequestRules(hostName, sessions);
        LoginGate gate = new LoginGate(clock, box::showLoginNotice);
        ApiHandler api = new ApiHandler(rules, workers);
        new AuthRoutes(store, sessions, gate, box::pageUsed).register(api);
        new SettingsRoutes(store, sessions).register(api);
        new BoxRoutes(box, history, store, clock).register(api);
        new HouseholdRoutes(box).register(api);
        StaticFiles files = new StaticFiles();
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Exchange ex = new Exchange(request, response, callback);
                try {
                    rules.checkHost(ex);
                    if (ex.path().startsWith("/api/")) {
                        api.handle(ex);
                    } else {
                        files.handle(ex);
                    }
                } catch (HttpError e) {
                    Http.sendError(ex, e.status, e.getMessage(), e.field);
                }
                return true;
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException(e.getMessage(), e);
        }
        box.onButtonPress(gate::buttonPressed);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "web-login-notice");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(gate::refreshNotice, 1, 1, TimeUnit.SECONDS);
        log.info("settings page listening on {}:{}", bind.getAddress().getHostAddress(), connector.getLocalPort());
        return new WebServer(server, connector, ticker);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            log.debug("stopping the half-started page: {}", e.getMessage());
        }
    }

    /** Starts on all addresses ({@code 0.0.0.0}) at {@code port}, named after this machine. */
    public static WebServer startOnLan(int port, SettingsStore store, BoxControl box, MoodHistory history,
                                       Clock clock) throws IOException {
        return start(new InetSocketAddress(port), localHostName(), store, box, history, clock);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The addresses a phone on the same network can open, e.g. {@code http://192.168.1.23:8080/}. */
    public List<String> lanUrls() {
        return lanUrls(port());
    }

    /** The addresses of this machine's network interfaces with {@code port}, or localhost when it has none. */
    public static List<String> lanUrls(int port) {
        List<String> urls = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address) {
                            urls.add("http://" + a.getHostAddress() + ":" + port + "/");
                        }
                    }
                }
            }
        } catch (SocketException e) {
            log.warn("cannot list network addresses: {}", e.getMessage());
        }
        if (urls.isEmpty()) {
            urls.add("http://localhost:" + port + "/");
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
        ticker.shutdownNow();
        stopQuietly(server);
        log.info("settings page stopped");
    }
}
