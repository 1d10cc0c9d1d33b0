package dev.imgedit.testkit.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopback ports that fail to connect. {@link #blocked()} listens but never accepts, with its backlog filled: Linux
 * then drops new connection attempts, so a client waits out its connect timeout (a real "connect timed out", in
 * well under a second). {@link #refusingUrl()} names a port nothing listens on: "connection refused" at once.
 */
public final class BlockedPort implements AutoCloseable {
    private static final int FILL_ATTEMPTS = 32;
    private static final int FILL_TIMEOUT_MILLIS = 250;

    private final ServerSocket listener;
    private final List<Socket> fillers = new ArrayList<>();

    private BlockedPort() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < FILL_ATTEMPTS; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(listener.getLocalSocketAddress(), FILL_TIMEOUT_MILLIS);
                fillers.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return;
            }
        }
        close();
        throw new IOException("the backlog of a never-accepting port did not fill after " + FILL_ATTEMPTS
                + " connections: this system accepts connections the listener never takes");
    }

    /** A port whose connections time out. */
    public static BlockedPort blocked() {
        try {
            return new BlockedPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An http URL on 127.0.0.1 whose port refuses connections (it was free a moment ago). */
    public static URI refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a connection to {@code url} is refused now. */
    public static boolean refuses(URI url) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1_000);
            return false;
        } catch (IOException e) {
            return e instanceof java.net.ConnectException;
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Whether a new connection still times out, so the port really made the client wait. */
    public boolean stillBlocks() {
        try (Socket socket = new Socket()) {
            socket.connect(listener.getLocalSocketAddress(), 100);
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (Socket filler : fillers) {
            FaultProxy.closeQuietly(filler);
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
