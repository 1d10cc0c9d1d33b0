package dev.imgedit.bfl.internal.model;

import dev.imgedit.AspectRatio;

/**
 * The {@code width} and {@code height} a FLUX.2 model is asked for when the caller wants an aspect ratio (FLUX.2 takes
 * no {@code aspect_ratio}): about as many pixels as the input has, in the ratio asked, within what BFL documents for
 * FLUX.2 outputs: sides in multiples of 16, from 256 to 2048 pixels, at most 4 megapixels (2048 x 2048).
 *
 * @param width in pixels
 * @param height in pixels
 */
public record OutputSize(int width, int height) {
    static final int STEP = 16;
    static final int MIN_SIDE = 256;
    static final int MAX_SIDE = 2048;
    static final long MAX_PIXELS = (long) MAX_SIDE * MAX_SIDE;
    /** The pixels assumed for an input known only by its URL: FLUX.2's own default, 1024 x 1024. */
    public static final long UNKNOWN_INPUT_PIXELS = 1024L * 1024;

    /**
     * The size in multiples of 16 closest to {@code ratio} (first) and to the input's pixel count (second).
     *
     * @param inputPixels the input's width times height
     */
    public static OutputSize of(AspectRatio ratio, long inputPixels) {
        double target = Math.max((double) MIN_SIDE * MIN_SIDE, Math.min(MAX_PIXELS, inputPixels));
        OutputSize best = null;
        double bestCost = Double.MAX_VALUE;
        for (int height = MIN_SIDE; height <= MAX_SIDE; height += STEP) {
            int width = (int) Math.round(height * ratio.value() / STEP) * STEP;
            if (width < MIN_SIDE || width > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                continue;
            }
            double ratioError = Math.abs(Math.log((double) width / height / ratio.value()));
            double sizeError = Math.abs(Math.log(width * (double) height / target));
            double cost = 10 * ratioError + sizeError;
            if (cost < bestCost) {
                bestCost = cost;
                best = new OutputSize(width, height);
            }
        }
        if (best == null) {
            throw new IllegalStateException("no FLUX.2 size for " + ratio);
        }
        return best;
    }

    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
