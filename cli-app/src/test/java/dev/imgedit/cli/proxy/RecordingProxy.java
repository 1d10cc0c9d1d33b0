package dev.imgedit.cli.proxy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP proxy on loopback, as a corporate one: it demands Basic credentials, opens CONNECT tunnels, and logs the
 * request line and headers of everything that passes (never a body: a real proxy's access log). Host names are
 * mapped to local ports, so a test can name a host that does not exist outside the proxy.
 */
public final class RecordingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Integer> routes;
    private final String expectedCredentials;
    private final List<String> log = new ArrayList<>();

    /**
     * @param routes host name (as the client names it) to the loopback port that serves it
     */
    public RecordingProxy(Map<String, Integer> routes, String user, String password) throws IOException {
        this.routes = Map.copyOf(routes);
        this.expectedCredentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        pool.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What the proxy logged: request lines and headers, in order. */
    public synchronized String log() {
        return String.join("\n", log);
    }

    public synchronized long tunnels() {
        return log.stream().filter(line -> line.startsWith("CONNECT ")).count();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            synchronized (this) {
                log.addAll(head);
            }
            OutputStream out = client.getOutputStream();
            boolean authorised = head.stream().anyMatch(line -> line.toLowerCase().startsWith("proxy-authorization:")
                    && line.endsWith("Basic " + expectedCredentials));
            if (!authorised) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            String[] requestLine = head.get(0).split(" ");
            if (!requestLine[0].equals("CONNECT")) {
                out.write("HTTP/1.1 501 Only tunnels here\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String host = requestLine[1].substring(0, requestLine[1].lastIndexOf(':'));
            Integer port = routes.get(host);
            if (port == null) {
                out.write("HTTP/1.1 502 Unknown host\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port)) {
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pool.execute(() -> pipe(in, upstream));
                pipe(upstream.getInputStream(), client);
            }
        } catch (IOException e) {
            // The client or the server went away: a tunnel just ends.
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // One side closed.
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            if (previous == '\r' && b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                text = text.substring(0, text.length() - 1);
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
            previous = b;
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
