package dev.imgedit.modelslab.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.testkit.http.Exchanges;
import dev.imgedit.testkit.http.Reply;
import java.io.IOException;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v6/base64_to_url} as ModelsLab answers it, and the images it was sent, served back under
 * {@code /uploads/}.
 */
final class Uploads {
    private final AtomicLong nextId;
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private final Deque<Reply> rejections = new ConcurrentLinkedDeque<>();
    private volatile String template = "{\"status\":\"success\",\"id\":${uploadId},\"output\":[\"${url}\"]}";

    /** @param nextId the ids the server gives, shared with its jobs */
    Uploads(AtomicLong nextId) {
        this.nextId = nextId;
    }

    void rejectNext(Reply... replies) {
        rejections.addAll(List.of(replies));
    }

    void answerWith(String successTemplate) {
        template = successTemplate;
    }

    void forgetRejections() {
        rejections.clear();
    }

    /** Answers an upload whose key was accepted; {@code base} is the server's advertised base URL. */
    void answer(HttpExchange exchange, JsonNode json, String base) throws IOException {
        Reply rejection = rejections.poll();
        if (rejection != null) {
            Exchanges.send(exchange, rejection, Map.of("base", base));
            return;
        }
        String dataUri = json.path("base64_string").asText("");
        int comma = dataUri.indexOf(',');
        if (!dataUri.startsWith("data:image/") || comma < 0) {
            Exchanges.send(exchange, Reply.json("{\"status\":\"error\",\"message\":\"Invalid base64 string\"}"),
                    Map.of());
            return;
        }
        String uploadId = String.valueOf(nextId.incrementAndGet());
        String path = "/uploads/" + uploadId + ".png";
        images.put(path, Base64.getMimeDecoder().decode(dataUri.substring(comma + 1)));
        Exchanges.send(exchange, Reply.json(template), Map.of("base", base, "uploadId", uploadId, "url", base + path));
    }

    /** The image uploaded under {@code path}, such as {@code /uploads/1.png}, or null. */
    byte @Nullable [] at(String path) {
        return images.get(path);
    }

    /** The image an upload's answer named as {@code url}, or null for any other URL. */
    byte @Nullable [] named(String url, String base) {
        return url.startsWith(base) ? images.get(url.substring(base.length())) : null;
    }

    /**
     * The proportions of the image uploaded as {@code url}, written {@code width:height}, or null for an image this
     * server did not receive.
     */
    @Nullable String proportions(String url, String base) {
        byte[] upload = named(url, base);
        if (upload == null) {
            return null;
        }
        return ImageType.detect(upload).flatMap(type -> ImageSize.read(ImageBytes.adopt(upload), type))
                .map(size -> size.width() + ":" + size.height()).orElse(null);
    }
}
