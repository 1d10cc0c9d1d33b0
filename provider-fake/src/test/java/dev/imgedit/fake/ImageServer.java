package dev.imgedit.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server of images for URL inputs: each path answers as it was told, and counts its requests. */
final class ImageServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** @param declaredLength the Content-Length to send, which may be more than the body (a download cut short) */
    private record Answer(int status, String contentType, byte[] body, long declaredLength) {}

    private ImageServer(HttpServer server) {
        this.server = server;
    }

    static ImageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ImageServer images = new ImageServer(server);
            server.createContext("/", exchange -> {
                images.requests.incrementAndGet();
                Answer answer = images.answers.getOrDefault(exchange.getRequestURI().getPath(),
                        new Answer(404, "text/plain", "no such image".getBytes(), -1));
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                long length = answer.declaredLength() >= 0 ? answer.declaredLength() : answer.body().length;
                try (OutputStream out = exchange.getResponseBody()) {
                    exchange.sendResponseHeaders(answer.status(), length);
                    out.write(answer.body());
                } catch (IOException e) {
                    // The client stopped reading: what a refused download does.
                }
            });
            server.start();
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImageServer serve(String path, byte[] image) {
        return answer(path, 200, "image/png", image, -1);
    }

    ImageServer answer(String path, int status, String contentType, byte[] body, long declaredLength) {
        answers.put(path, new Answer(status, contentType, body, declaredLength));
        return this;
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
