package dev.imgedit.bfl.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;

/** Answers a broken request as its {@link Fault} says, for the {@link FaultProxy}. */
final class Spoiler {
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int DRIBBLE_MILLIS = 50;

    private final Socket client;
    private final InetSocketAddress backend;
    private final Consumer<Socket> track;

    Spoiler(Socket client, InetSocketAddress backend, Consumer<Socket> track) {
        this.client = client;
        this.backend = backend;
        this.track = track;
    }

    void spoil(Fault fault, byte[] request, InputStream fromClient) throws IOException {
        OutputStream out = client.getOutputStream();
        switch (fault) {
            case RESET_BEFORE_BODY, RESET_AFTER_BODY -> reset(client);
            case CLOSE_WITHOUT_ANSWER -> client.close();
            case RANDOM_BYTES -> {
                byte[] noise = new byte[512];
                new Random(request.length).nextBytes(noise);
                noise[0] = '~';
                out.write(noise);
                out.flush();
            }
            case MALFORMED_CHUNK -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "not-a-size\r\n{\"id\":\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            case STALL -> fromClient.transferTo(OutputStream.nullOutputStream());
            case RESET_MID_ANSWER, CUT_SHORT, DRIBBLE -> spoilAnswer(fault, answerOf(request), out);
        }
    }

    private void spoilAnswer(Fault fault, byte[] answer, OutputStream out) throws IOException {
        int bodyStart = indexOfEndOfHead(answer) + END_OF_HEAD.length;
        if (fault == Fault.DRIBBLE) {
            out.write(answer, 0, bodyStart);
            out.flush();
            for (int i = bodyStart; i < answer.length; i++) {
                out.write(answer[i]);
                out.flush();
                pause();
            }
            return;
        }
        out.write(answer, 0, bodyStart + (answer.length - bodyStart) / 2);
        out.flush();
        if (fault == Fault.RESET_MID_ANSWER) {
            reset(client);
        }
    }

    /** The server's whole answer: it closes after answering, as the request asked. */
    private byte[] answerOf(byte[] request) throws IOException {
        try (Socket server = new Socket()) {
            track.accept(server);
            server.connect(backend, 2_000);
            server.setSoTimeout(30_000);
            server.getOutputStream().write(request);
            server.getOutputStream().flush();
            return server.getInputStream().readAllBytes();
        }
    }

    /** Closes with RST instead of FIN: the client reads "connection reset". */
    static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(DRIBBLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static int indexOfEndOfHead(byte[] answer) {
        for (int i = 0; i + END_OF_HEAD.length <= answer.length; i++) {
            if (answer[i] == '\r' && answer[i + 1] == '\n' && answer[i + 2] == '\r' && answer[i + 3] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("the server's answer has no end of head");
    }
}
