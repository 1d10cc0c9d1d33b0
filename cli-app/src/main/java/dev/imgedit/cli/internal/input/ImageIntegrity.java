package dev.imgedit.cli.internal.input;

import dev.imgedit.ImageType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Whether an input image is whole, judged by its structure rather than by decoding it: a file cut short (a failed
 * download or copy) is refused before a provider is paid to reject it or, worse, to edit half a picture. Decoding
 * with ImageIO would also refuse valid files it cannot read (CMYK JPEGs, WebP), so only the container is walked:
 * PNG chunks with their lengths and checksums up to {@code IEND}, JPEG segments and scans up to the end marker,
 * and the length a WebP file's RIFF header announces.
 */
final class ImageIntegrity {
    private static final int PNG_SIGNATURE_LENGTH = 8;

    private ImageIntegrity() {}

    /** What is wrong with {@code bytes} (already recognised as {@code type}), in words, or empty when whole. */
    static Optional<String> problem(byte[] bytes, ImageType type) {
        return switch (type) {
            case PNG -> png(bytes);
            case JPEG -> jpeg(bytes);
            case WEBP -> webp(bytes);
        };
    }

    private static Optional<String> png(byte[] bytes) {
        int position = PNG_SIGNATURE_LENGTH;
        boolean first = true;
        boolean imageData = false;
        while (true) {
            if (position + 8 > bytes.length) {
                return cutShort(bytes, "before its IEND chunk");
            }
            long length = readInt(bytes, position) & 0xFFFF_FFFFL;
            String chunk = new String(bytes, position + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE) {
                return Optional.of("chunk '" + printable(chunk) + "' claims " + length + " bytes");
            }
            long end = position + 8 + length + 4;
            if (end > bytes.length) {
                return cutShort(bytes, "inside its '" + printable(chunk) + "' chunk");
            }
            if (first && (!chunk.equals("IHDR") || length != 13)) {
                return Optional.of("it does not start with an IHDR chunk");
            }
            if (first && (readInt(bytes, position + 8) <= 0 || readInt(bytes, position + 12) <= 0)) {
                return Optional.of("its header gives no width or height");
            }
            boolean critical = Character.isUpperCase(chunk.charAt(0));
            if (critical && !crcMatches(bytes, position, (int) length)) {
                return Optional.of("the checksum of its '" + printable(chunk) + "' chunk is wrong");
            }
            imageData |= chunk.equals("IDAT");
            if (chunk.equals("IEND")) {
                return imageData ? Optional.empty() : Optional.of("it has no image data (IDAT chunk)");
            }
            first = false;
            position = (int) end;
        }
    }

    private static boolean crcMatches(byte[] bytes, int position, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, position + 4, 4 + length);
        return (int) crc.getValue() == readInt(bytes, position + 8 + length);
    }

    private static Optional<String> jpeg(byte[] bytes) {
        int position = 2;
        boolean frame = false;
        while (true) {
            while (position < bytes.length && (bytes[position] & 0xFF) == 0xFF
                    && position + 1 < bytes.length && (bytes[position + 1] & 0xFF) == 0xFF) {
                position++;
            }
            if (position + 2 > bytes.length) {
                return cutShort(bytes, "before its end marker");
            }
            if ((bytes[position] & 0xFF) != 0xFF) {
                return Optional.of("a segment marker is missing at byte " + position);
            }
            int marker = bytes[position + 1] & 0xFF;
            if (marker == 0xD9) {
                return frame ? Optional.empty() : Optional.of("it has no frame header (SOF segment)");
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                position += 2;
                continue;
            }
            if (position + 4 > bytes.length) {
                return cutShort(bytes, "inside a segment header");
            }
            int length = ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
            if (length < 2 || position + 2 + length > bytes.length) {
                return cutShort(bytes, "inside a segment");
            }
            frame |= marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            position += 2 + length;
            if (marker == 0xDA) {
                position = endOfScan(bytes, position);
            }
        }
    }

    /** Where the entropy-coded data after a scan header ends: at the next marker that is not a restart. */
    private static int endOfScan(byte[] bytes, int position) {
        for (int i = position; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF) {
                int next = bytes[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    return i;
                }
            }
        }
        return bytes.length;
    }

    private static Optional<String> webp(byte[] bytes) {
        if (bytes.length < 20) {
            return cutShort(bytes, "inside its header");
        }
        long announced = (readIntLittleEndian(bytes, 4) & 0xFFFF_FFFFL) + 8;
        if (announced > bytes.length) {
            return Optional.of(String.format(Locale.ROOT, "it ends after %,d of the %,d bytes its header announces",
                    bytes.length, announced));
        }
        return Optional.empty();
    }

    private static Optional<String> cutShort(byte[] bytes, String where) {
        return Optional.of(String.format(Locale.ROOT, "it ends %s, after %,d bytes", where, bytes.length));
    }

    private static int readInt(byte[] bytes, int position) {
        return ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
    }

    private static int readIntLittleEndian(byte[] bytes, int position) {
        return (bytes[position] & 0xFF) | ((bytes[position + 1] & 0xFF) << 8)
                | ((bytes[position + 2] & 0xFF) << 16) | ((bytes[position + 3] & 0xFF) << 24);
    }

    /** A chunk type from a damaged file may hold any byte; only letters are shown. */
    private static String printable(String chunk) {
        return chunk.replaceAll("[^A-Za-z]", "?");
    }
}
