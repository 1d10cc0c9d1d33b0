package dev.imgedit.fake.internal.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The prompt written in a dark band along the bottom, so a person sees what the fake was asked. */
final class CaptionEffect implements Effect {
    private static final Logger LOGGER = LoggerFactory.getLogger(CaptionEffect.class);

    private final String text;

    CaptionEffect(String prompt) {
        this.text = prompt.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String name() {
        return "caption";
    }

    @Override
    public BufferedImage apply(BufferedImage image, Random random) {
        int width = image.getWidth();
        int height = image.getHeight();
        int band = Math.min(height / 3, Math.max(16, height / 9));
        Graphics2D graphics = Pixels.smoothGraphics(image);
        try {
            graphics.setColor(new Color(0, 0, 0, 160));
            graphics.fillRect(0, height - band, width, band);
            writeText(graphics, width, height, band);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private void writeText(Graphics2D graphics, int width, int height, int band) {
        try {
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, band / 2)));
            FontMetrics metrics = graphics.getFontMetrics();
            String shown = fitted(metrics, width - band);
            graphics.setColor(Color.WHITE);
            int baseline = height - band + (band - metrics.getHeight()) / 2 + metrics.getAscent();
            graphics.drawString(shown, (width - metrics.stringWidth(shown)) / 2, baseline);
        } catch (RuntimeException | InternalError | LinkageError e) {
            // A JVM without fonts (no fontconfig, no freetype) fails here; the band alone still marks the edit.
            LOGGER.warn("Cannot write the caption, no usable font: {}", e.toString());
        }
    }

    private String fitted(FontMetrics metrics, int room) {
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + ellipsis) > room) {
            end--;
        }
        return text.substring(0, end).strip() + ellipsis;
    }
}
