package dev.imgedit;

import dev.imgedit.exception.InvalidRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The output aspect ratios Flux Kontext offers, written width:height. */
public enum AspectRatio {
    R21_9(21, 9),
    R16_9(16, 9),
    R4_3(4, 3),
    R3_2(3, 2),
    R1_1(1, 1),
    R2_3(2, 3),
    R3_4(3, 4),
    R9_16(9, 16),
    R9_21(9, 21);

    private final int width;
    private final int height;

    AspectRatio(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The width part, such as 16 of 16:9. */
    public int width() {
        return width;
    }

    /** The height part, such as 9 of 16:9. */
    public int height() {
        return height;
    }

    /** Width divided by height. */
    public double value() {
        return (double) width / height;
    }

    /** The label as providers expect it, such as {@code "16:9"}. */
    public String label() {
        return width + ":" + height;
    }

    /**
     * Parses {@code "16:9"} (spaces and {@code x} or {@code /} as separator are tolerated).
     *
     * @throws InvalidRequestException naming the accepted ratios when the text is none of them
     */
    public static AspectRatio parse(String text) {
        String normalized = text.trim().replace(" ", "").replace('x', ':').replace('X', ':').replace('/', ':');
        for (AspectRatio ratio : values()) {
            if (ratio.label().equals(normalized)) {
                return ratio;
            }
        }
        throw new InvalidRequestException(
                "unknown aspect ratio '" + text + "': use one of " + labels());
    }

    /** All labels, comma separated, widest first. */
    public static String labels() {
        return Arrays.stream(values()).map(AspectRatio::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}
