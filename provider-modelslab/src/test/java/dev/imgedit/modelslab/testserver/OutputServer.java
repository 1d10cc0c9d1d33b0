package dev.imgedit.modelslab.testserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Serves a job's output URL as its {@link Output} says. */
final class OutputServer {
    private final OutputFiles files;

    OutputServer(OutputFiles files) {
        this.files = files;
    }

    void serve(HttpExchange exchange, @Nullable ServerJob job, String base) throws IOException {
        if (job == null) {
            Exchanges.send(exchange, Reply.html(404, "<html><title>404</title></html>"), Map.of());
            return;
        }
        Output output = job.script.output();
        int serve = job.outputServes.getAndIncrement();
        String path = exchange.getRequestURI().getPath();
        byte[] png = files.image(job.aspectRatio, "png");
        switch (output.kind()) {
            case PNG -> Exchanges.sendBytes(exchange, 200, "image/png", png);
            case JPEG -> Exchanges.sendBytes(exchange, 200, "image/jpeg",
                    files.image(job.aspectRatio, "jpg"));
            case NOT_AN_IMAGE -> Exchanges.sendBytes(exchange, 200, "image/png",
                    "<html><body>Access denied</body></html>".getBytes(StandardCharsets.UTF_8));
            case OVERSIZED -> sendOversized(exchange, output.size(), 0);
            case OVERSIZED_DECLARED -> sendOversized(exchange, output.size(), output.size());
            case STAMPED -> Exchanges.sendBytes(exchange, 200, "image/png", files.stamped(job.id));
            case BASE64_TEXT -> Exchanges.sendBytes(exchange, 200, "text/plain",
                    Base64.getEncoder().encode(png));
            case MISSING_FIRST -> {
                if (serve < output.count()) {
                    Exchanges.send(exchange, Reply.html(404, "<html><title>404</title></html>"), Map.of());
                } else {
                    Exchanges.sendBytes(exchange, 200, "image/png", png);
                }
            }
            case REDIRECTS -> {
                String query = exchange.getRequestURI().getQuery();
                int hop = query != null && query.startsWith("hop=") ? Integer.parseInt(query.substring(4)) : 0;
                if (hop < output.count()) {
                    redirect(exchange, path + "?hop=" + (hop + 1));
                } else {
                    Exchanges.sendBytes(exchange, 200, "image/png", png);
                }
            }
            case REDIRECT_TO -> redirect(exchange, Exchanges.fill(output.location(), Map.of("base", base)));
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        Exchanges.sendBytes(exchange, 302, "text/plain", new byte[0]);
    }

    /** {@code declared} 0: chunked, so the client learns the size only by reading. */
    private static void sendOversized(HttpExchange exchange, long size, long declared) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        try {
            exchange.sendResponseHeaders(200, declared);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
                System.arraycopy(signature, 0, chunk, 0, signature.length);
                for (long sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                    chunk[0] = 0;
                }
            }
        } catch (IOException e) {
            // The client stopped reading at its cap, as it should.
        }
    }
}
