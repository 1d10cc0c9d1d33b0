package dev.imgedit.testkit.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * One client connection of a {@link FaultProxy}: reads requests one after another, passes each on over one
 * connection to the server (answers flow back on a second thread) or breaks it, which ends the connection.
 */
final class ProxyConnection {
    private static final int CONNECT_MILLIS = 2_000;
    private static final int DRIBBLE_MILLIS = 50;
    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final FaultProxy proxy;
    private final Socket client;
    private @Nullable Socket server;

    ProxyConnection(FaultProxy proxy, Socket client) {
        this.proxy = proxy;
        this.client = client;
    }

    void run() {
        if (!proxy.track(client)) {
            return;
        }
        try {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            while (true) {
                RawRequest request = RawRequest.readHead(in);
                if (request == null) {
                    return;
                }
                Fault fault = proxy.take(request);
                if (fault == Fault.RESET_BEFORE_BODY) {
                    proxy.record(request, fault);
                    reset(client);
                    return;
                }
                request.readBody(in);
                proxy.record(request, fault);
                if (fault == null) {
                    passOn(request);
                } else {
                    breakAnswer(request, fault, in);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client or the server went away, or the proxy was closed: the connection ends either way.
        } finally {
            if (server != null) {
                proxy.untrack(server);
            }
            proxy.untrack(client);
        }
    }

    private void passOn(RawRequest request) throws IOException {
        if (server == null) {
            Socket socket = new Socket();
            socket.connect(proxy.backend(), CONNECT_MILLIS);
            socket.setTcpNoDelay(true);
            if (!proxy.track(socket)) {
                throw new IOException("the proxy is closed");
            }
            server = socket;
            Thread answers = new Thread(() -> copyAnswers(socket), Thread.currentThread().getName() + "-answers");
            answers.setDaemon(true);
            answers.start();
        }
        OutputStream out = server.getOutputStream();
        out.write(request.asSent());
        out.flush();
    }

    /** Copies the server's answers to the client; when the server closes, so does the client's connection. */
    private void copyAnswers(Socket from) {
        try {
            from.getInputStream().transferTo(client.getOutputStream());
        } catch (IOException e) {
            // one side went away
        } finally {
            proxy.untrack(client);
        }
    }

    private void breakAnswer(RawRequest request, Fault fault, InputStream in) throws IOException {
        OutputStream out = client.getOutputStream();
        switch (fault) {
            case RESET_BEFORE_BODY, RESET_AFTER_BODY -> reset(client);
            case CLOSE_WITHOUT_ANSWER -> client.close();
            case RANDOM_BYTES_THEN_CLOSE -> {
                byte[] noise = new byte[512];
                new Random(request.path.hashCode()).nextBytes(noise);
                noise[0] = '~';
                out.write(noise);
                out.flush();
                client.close();
            }
            case MALFORMED_CHUNK -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "not-a-size\r\n{\"status\":\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                client.close();
            }
            case STALL -> {
                while (in.read() >= 0) {
                    // says nothing until the client gives up
                }
            }
            case RESET_MID_ANSWER, CUT_SHORT, DRIBBLE_BODY -> spoil(fault, answerOf(request), out);
        }
    }

    private void spoil(Fault fault, byte[] answer, OutputStream out) throws IOException {
        int bodyStart = indexOf(answer, HEAD_END) + HEAD_END.length;
        int half = bodyStart + (answer.length - bodyStart) / 2;
        if (fault == Fault.DRIBBLE_BODY) {
            out.write(answer, 0, bodyStart);
            out.flush();
            for (int i = bodyStart; i < answer.length; i++) {
                out.write(answer[i]);
                out.flush();
                pause();
            }
            client.close();
            return;
        }
        out.write(answer, 0, half);
        out.flush();
        if (fault == Fault.RESET_MID_ANSWER) {
            reset(client);
        } else {
            client.close();
        }
    }

    /** The server's whole answer to {@code request}, over a connection of its own. */
    private byte[] answerOf(RawRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(proxy.backend(), CONNECT_MILLIS);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.asSentClosing());
            out.flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(DRIBBLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** Closes with RST instead of FIN: the client reads "connection reset". */
    private static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("the server's answer has no end of head");
    }
}
