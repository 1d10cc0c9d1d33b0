package dev.imgedit.fake.internal.image;

import java.awt.image.BufferedImage;
import java.util.Random;

/** One visible change to an image. Implementations are stateless, so one instance serves every thread. */
interface Effect {

    /** The word reported in the result's {@code effects} metadata. */
    String name();

    /**
     * Changes {@code image} in place or returns a new one.
     *
     * @param random seeded from the request, the only source of variety, so equal requests give equal images
     */
    BufferedImage apply(BufferedImage image, Random random);
}
