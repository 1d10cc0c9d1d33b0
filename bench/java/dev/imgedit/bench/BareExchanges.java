package dev.imgedit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor for row 1: the HTTP exchanges of one ModelsLab edit made with the JDK's {@link HttpURLConnection} and
 * nothing else (no framework, no JSON library, no checks): upload the image, submit, poll while processing, download.
 *
 * <p>Streamed or not: a POST whose body is buffered (the default) is resent by the JDK, silently, when its connection
 * fails before the answer; one streamed with a fixed length never is, and before sending one on a kept-alive
 * connection the JDK checks that connection with a read that waits 1 ms ({@code sun.net.www.http.HttpClient}'s
 * {@code available()}). imgedit streams, so that a paid submit is never sent twice.
 */
final class BareExchanges {
    private static final Pattern FIRST_OUTPUT = Pattern.compile("\"output\"\\s*:\\s*\\[\\s*\"([^\"]+)\"");
    private static final Pattern FETCH_RESULT = Pattern.compile("\"fetch_result\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ETA = Pattern.compile("\"eta\"\\s*:\\s*([0-9.]+)");

    private final String base;
    private final String key;
    private final boolean streamed;

    BareExchanges(String base, String key, boolean streamed) {
        this.base = base;
        this.key = key;
        this.streamed = streamed;
    }

    /** Nanoseconds for one edit, from the file to the output's bytes. */
    double edit(Path image) {
        long start = System.nanoTime();
        try {
            String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(image));
            String uploaded = find(FIRST_OUTPUT, post(base + "/api/v6/base64_to_url",
                    "{\"key\":\"" + key + "\",\"base64_string\":\"" + dataUri + "\"}"));
            String reply = post(base + "/api/v7/images/image-to-image", "{\"key\":\"" + key + "\",\"model_id\":"
                    + "\"flux-kontext-pro\",\"prompt\":\"make it snow\",\"init_image\":\"" + uploaded + "\"}");
            String fetchUrl = reply.contains("\"processing\"") ? find(FETCH_RESULT, reply) : null;
            while (reply.contains("\"processing\"")) {
                Thread.sleep(Math.max(1, (long) (Double.parseDouble(find(ETA, reply)) * 1000)));
                reply = post(fetchUrl, "{\"key\":\"" + key + "\"}");
            }
            byte[] output = get(find(FIRST_OUTPUT, reply));
            if (output.length == 0) {
                throw new IllegalStateException("an empty output");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private String post(String url, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        if (streamed) {
            connection.setFixedLengthStreamingMode(body.length);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }
}
