package dev.imgedit.fake.internal.image;

import dev.imgedit.AspectRatio;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.jspecify.annotations.Nullable;

/** Crops an image to an aspect ratio around its centre and scales it down to a size worth sending back. */
final class Framing {
    /** The longer side of an output, at most; smaller inputs are never scaled up. */
    static final int MAX_LONGER_SIDE = 1024;

    private Framing() {}

    /** A new image of type RGB (ARGB when the source has alpha), cropped to {@code ratio} and scaled down. */
    static BufferedImage frame(BufferedImage source, @Nullable AspectRatio ratio) {
        int cropWidth = source.getWidth();
        int cropHeight = source.getHeight();
        if (ratio != null) {
            if ((double) cropWidth / cropHeight > ratio.value()) {
                cropWidth = Math.max(1, (int) Math.round(cropHeight * ratio.value()));
            } else {
                cropHeight = Math.max(1, (int) Math.round(cropWidth / ratio.value()));
            }
        }
        BufferedImage cropped = source.getSubimage(
                (source.getWidth() - cropWidth) / 2, (source.getHeight() - cropHeight) / 2, cropWidth, cropHeight);
        return fit(cropped, MAX_LONGER_SIDE);
    }

    /** A new image of type RGB (ARGB when the source has alpha), its longer side scaled down to {@code longerSide}. */
    static BufferedImage fit(BufferedImage source, int longerSide) {
        double scale = Math.min(1.0, (double) longerSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        // One bilinear step from far larger would skip most source pixels and alias; halving first keeps detail.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = redraw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return redraw(current, width, height, type);
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
