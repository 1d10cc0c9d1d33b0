package dev.imgedit.imaging.internal;

import dev.imgedit.ImageSize;
import dev.imgedit.imaging.internal.metadata.Orientation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Turns decoded pixels upright and scales them, in one drawing, onto a new image of the size wanted. */
public final class Rendering {
    private Rendering() {}

    /**
     * The upright image at {@code target} size.
     *
     * @param opaque whether the result has no alpha: transparent pixels are laid on white, as JPEG needs
     */
    public static BufferedImage render(BufferedImage stored, Orientation orientation, ImageSize target,
            boolean opaque) {
        ImageSize storedTarget = orientation.stored(target);
        BufferedImage current = stored;
        // Bilinear drawing reads 2x2 pixels per pixel drawn, so shrinking more than twice in one go would skip
        // pixels and alias; halving first averages every pixel in.
        while (current.getWidth() / 2 >= storedTarget.width() && current.getHeight() / 2 >= storedTarget.height()) {
            current = halve(current);
        }
        BufferedImage canvas = new BufferedImage(target.width(), target.height(),
                opaque ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_INT_ARGB);
        ImageSize upright = orientation.upright(new ImageSize(current.getWidth(), current.getHeight()));
        AffineTransform transform = AffineTransform.getScaleInstance(
                (double) target.width() / upright.width(), (double) target.height() / upright.height());
        transform.concatenate(orientation.toUpright(current.getWidth(), current.getHeight()));
        Graphics2D graphics = canvas.createGraphics();
        try {
            if (opaque) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, target.width(), target.height());
            }
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, upright.equals(target)
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                    : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(current, transform, null);
        } finally {
            graphics.dispose();
        }
        return canvas;
    }

    /** Whether any pixel is less than fully opaque: transparency that a JPEG would lose. */
    public static boolean hasVisibleTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int pixel : row) {
                if (pixel >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage halve(BufferedImage image) {
        int width = image.getWidth() / 2;
        int height = image.getHeight() / 2;
        BufferedImage half = new BufferedImage(width, height, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = half.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return half;
    }
}
