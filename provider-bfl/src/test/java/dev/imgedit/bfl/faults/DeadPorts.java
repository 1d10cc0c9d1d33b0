package dev.imgedit.bfl.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopback ports that fail to connect: one nothing listens on (refused at once), and one that listens but never
 * accepts, its backlog filled, so that Linux drops new connection attempts and a client waits out its connect timeout.
 */
final class DeadPorts implements AutoCloseable {
    private final ServerSocket listener;
    private final List<Socket> queued = new ArrayList<>();

    private DeadPorts() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 32; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(listener.getLocalSocketAddress(), 250);
                queued.add(filler);
            } catch (SocketTimeoutException e) {
                filler.close();
                return;
            }
        }
        close();
        throw new IOException("the backlog of a never-accepting port did not fill: this system accepts for it");
    }

    /** A port whose connections time out; close it after the test. */
    static DeadPorts silent() {
        try {
            return new DeadPorts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Whether a connection still times out, so the port really made the client wait. */
    boolean stillSilent() {
        try (Socket probe = new Socket()) {
            probe.connect(listener.getLocalSocketAddress(), 100);
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An http URL on 127.0.0.1 whose port refuses connections (it was free a moment ago). */
    static URI refusing() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a connection to {@code url} is refused now. */
    static boolean refuses(URI url) {
        try (Socket probe = new Socket(url.getHost(), url.getPort())) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        queued.forEach(FaultProxy::quietly);
        FaultProxy.quietly(listener);
    }
}
