package dev.imgedit.bfl.testserver;

import dev.imgedit.ImageSize;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.Reply;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A task the server accepted: what was asked, its script, how often it was polled and its image served, and the
 * image itself, drawn once (so every download of it gives the same bytes).
 */
final class ServerTask {
    final String id;
    final String model;
    final String token;
    final String prompt;
    final long seed;
    final ImageSize size;
    final String format;
    final TaskScript script;
    final AtomicInteger polls = new AtomicInteger();
    final AtomicInteger serves = new AtomicInteger();
    volatile boolean expired;
    private byte[] image;

    ServerTask(String id, String model, String token, String prompt, long seed, ImageSize size, String format,
            TaskScript script) {
        this.id = id;
        this.model = model;
        this.token = token;
        this.prompt = prompt;
        this.seed = seed;
        this.size = size;
        this.format = format;
        this.script = script;
    }

    Reply nextPoll() {
        int index = polls.getAndIncrement();
        return expired ? BflReplies.status("Task not found")
                : script.polls().get(Math.min(index, script.polls().size() - 1));
    }

    String extension() {
        return format.equals("jpeg") ? "jpg" : format;
    }

    String mimeType() {
        return "image/" + format;
    }

    Map<String, String> variables(String base, String pollingBase) {
        return Map.of("id", id, "base", base, "prompt", prompt.replace("\"", "'").replace("\\", "/"),
                "seed", Long.toString(seed),
                "polling", pollingBase + "/v1/get_result?id=" + id + "&t=" + token,
                "sample", base + "/results/" + id + "/sample." + extension() + "?se=2026-01-01T00%3A10%3A00Z&sig="
                        + token);
    }

    /** The image made: the input's scene in the size asked, stamped with a colour of the task's own. */
    synchronized byte[] image() {
        if (image == null) {
            image = draw();
        }
        return image;
    }

    private byte[] draw() {
        if (format.equals("webp")) {
            // ImageIO writes no WebP: a header with the size is what a client reads of it.
            return TestImages.webpHeader(size.width(), size.height());
        }
        BufferedImage picture = TestImages.scene(size.width(), size.height());
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setColor(new Color(id.hashCode() & 0xFFFFFF));
            graphics.fillRect(0, 0, Math.max(1, size.width() / 8), Math.max(1, size.height() / 8));
        } finally {
            graphics.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, extension().toLowerCase(Locale.ROOT), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
