package moodbox.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what one client can hold: at most {@link #PER_CLIENT} open connections per client address (one more
 * is closed at once), and a connection that has not sent a whole request head within {@link #FIRST_REQUEST}
 * is closed. Jetty reads request heads without a thread, so idle or slow connections cost no worker.
 */
final class ClientConnections implements Connection.Listener {
    static final int PER_CLIENT = 8;
    static final Duration FIRST_REQUEST = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ClientConnections.class);

    private final Map<String, Integer> open = new HashMap<>();
    private final Map<Connection, String> clients = new HashMap<>();
    private final Scheduler scheduler;

    ClientConnections(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = client(connection.getEndPoint().getRemoteSocketAddress());
        int count;
        synchronized (this) {
            clients.put(connection, client);
            count = open.merge(client, 1, Integer::sum);
        }
        if (count > PER_CLIENT) {
            log.debug("closing connection {} from {}: more than {} open", count, client, PER_CLIENT);
            connection.getEndPoint().close();
            return;
        }
        scheduler.schedule(() -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                log.debug("closing connection from {}: no request within {} s", client, FIRST_REQUEST.toSeconds());
                connection.getEndPoint().close();
            }
        }, FIRST_REQUEST.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        synchronized (this) {
            // the address is gone once the socket is closed: use the one noted at the start
            String client = clients.remove(connection);
            if (client != null) {
                open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    private static String client(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? LoginGate.key(inet.getAddress().getHostAddress()) : String.valueOf(address);
    }
}
