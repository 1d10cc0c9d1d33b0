package dev.imgedit.modelslab.testserver;

import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
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
            case OVERSIZED -> Exchanges.sendOversizedPng(exchange, output.size(), false);
            case OVERSIZED_DECLARED -> Exchanges.sendOversizedPng(exchange, output.size(), true);
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
}
