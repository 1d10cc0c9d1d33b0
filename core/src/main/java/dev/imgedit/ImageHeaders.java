package dev.imgedit;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads an image's width and height from its header, without decoding it: PNG's IHDR, JPEG's start-of-frame
 * marker, and the three WebP layouts (lossy VP8, lossless VP8L, extended VP8X), which ImageIO cannot read at all.
 */
final class ImageHeaders {
    private ImageHeaders() {}

    static @Nullable ImageSize read(byte[] bytes, ImageType type) {
        @Nullable ImageSize size = switch (type) {
            case PNG -> png(bytes);
            case JPEG -> jpeg(bytes);
            case WEBP -> webp(bytes);
        };
        return size != null && size.width() > 0 && size.height() > 0 ? size : null;
    }

    private static @Nullable ImageSize png(byte[] bytes) {
        if (bytes.length < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
            return null;
        }
        return new ImageSize(bigEndianInt(bytes, 16), bigEndianInt(bytes, 20));
    }

    private static @Nullable ImageSize jpeg(byte[] bytes) {
        int position = 2;
        while (position + 3 < bytes.length) {
            if ((bytes[position] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = bytes[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2;
                continue;
            }
            int length = bigEndianShort(bytes, position + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                if (position + 8 >= bytes.length) {
                    return null;
                }
                return new ImageSize(bigEndianShort(bytes, position + 7), bigEndianShort(bytes, position + 5));
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return null;
            }
            position += 2 + length;
        }
        return null;
    }

    private static @Nullable ImageSize webp(byte[] bytes) {
        if (bytes.length < 30) {
            return null;
        }
        String chunk = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 ":
                if ((bytes[23] & 0xFF) != 0x9D || (bytes[24] & 0xFF) != 0x01 || (bytes[25] & 0xFF) != 0x2A) {
                    return null;
                }
                return new ImageSize(littleEndianShort(bytes, 26) & 0x3FFF, littleEndianShort(bytes, 28) & 0x3FFF);
            case "VP8L":
                if ((bytes[20] & 0xFF) != 0x2F) {
                    return null;
                }
                long bits = (bytes[21] & 0xFFL) | (bytes[22] & 0xFFL) << 8 | (bytes[23] & 0xFFL) << 16
                        | (bytes[24] & 0xFFL) << 24;
                return new ImageSize((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            case "VP8X":
                return new ImageSize(littleEndianTriple(bytes, 24) + 1, littleEndianTriple(bytes, 27) + 1);
            default:
                return null;
        }
    }

    private static int bigEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16 | (bytes[offset + 2] & 0xFF) << 8
                | (bytes[offset + 3] & 0xFF);
    }

    private static int bigEndianShort(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | (bytes[offset + 1] & 0xFF);
    }

    private static int littleEndianShort(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    private static int littleEndianTriple(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16;
    }
}
