package dev.imgedit.fake.internal.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The reference images drawn as framed thumbnails down the top-right corner, so that a person sees which references
 * went with the edit and in which order. The fake does not blend them in; it says so in a notice.
 */
final class ReferenceInsets {
    private ReferenceInsets() {}

    /** How large a reference is read, at most: a thumbnail never needs more. */
    static int thumbnailSide(int width, int height) {
        return Math.max(12, Math.min(width, height) / 4);
    }

    /** Draws {@code references}, each already scaled to fit {@link #thumbnailSide}, onto {@code image}. */
    static BufferedImage draw(BufferedImage image, List<BufferedImage> references) {
        int side = thumbnailSide(image.getWidth(), image.getHeight());
        int margin = Math.max(2, side / 12);
        int border = Math.max(1, side / 48);
        Graphics2D graphics = Pixels.smoothGraphics(image);
        try {
            int top = margin;
            for (BufferedImage reference : references) {
                BufferedImage thumbnail = Framing.fit(reference, side);
                int left = image.getWidth() - margin - thumbnail.getWidth();
                if (top + thumbnail.getHeight() > image.getHeight()) {
                    break;
                }
                graphics.setColor(Color.WHITE);
                graphics.fillRect(left - border, top - border, thumbnail.getWidth() + 2 * border,
                        thumbnail.getHeight() + 2 * border);
                graphics.drawImage(thumbnail, left, top, null);
                top += thumbnail.getHeight() + margin + 2 * border;
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
