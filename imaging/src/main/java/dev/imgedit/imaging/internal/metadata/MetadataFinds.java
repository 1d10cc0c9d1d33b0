package dev.imgedit.imaging.internal.metadata;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a format walker finds while it walks a file: the runs of metadata to drop, and what to carry over. */
final class MetadataFinds {
    private final List<int[]> removed = new ArrayList<>();
    private final List<byte[]> carried = new ArrayList<>();
    private byte @Nullable [] exif;
    private Orientation orientation = Orientation.NORMAL;
    private boolean otherThanExif;

    boolean hasExif() {
        return exif != null;
    }

    /**
     * The EXIF block at {@code [tiffFrom, tiffTo)}, inside the piece at {@code [start, end)}.
     *
     * @param wrap how the file's format wraps a block for carrying it over, or null where it is never written
     */
    void exif(ByteBuffer bytes, int start, int end, int tiffFrom, int tiffTo,
            @Nullable Function<byte[], byte[]> wrap) {
        removed.add(new int[] {start, end});
        orientation = Exif.orientation(bytes.slice(tiffFrom, tiffTo - tiffFrom));
        byte[] upright = Exif.upright(ByteRuns.copy(bytes, tiffFrom, tiffTo));
        exif = upright;
        if (wrap != null) {
            carried.add(wrap.apply(upright));
        }
    }

    /** Other metadata at {@code [start, end)}, carried over as it is when {@code carry}. */
    void other(ByteBuffer bytes, int start, int end, boolean carry) {
        removed.add(new int[] {start, end});
        otherThanExif = true;
        if (carry) {
            carried.add(ByteRuns.copy(bytes, start, end));
        }
    }

    /** Bytes after the image's end, where phones append previews and maker data: dropped, never carried. */
    void trailer() {
        otherThanExif = true;
    }

    boolean isEmpty() {
        return removed.isEmpty() && !otherThanExif;
    }

    /** The file up to {@code end} without the metadata found. */
    byte[] strip(ByteBuffer bytes, int end) {
        return ByteRuns.without(bytes, removed, end);
    }

    /** The metadata of {@code image}, a file whose image ends at {@code imageEnd}, as found. */
    Metadata finish(ImageBytes image, ImageType type, ByteBuffer bytes, int imageEnd) {
        if (imageEnd < bytes.limit()) {
            trailer();
        }
        return isEmpty() ? Metadata.none(image, type) : toMetadata(type, ImageBytes.adopt(strip(bytes, imageEnd)));
    }

    Metadata toMetadata(ImageType type, ImageBytes withoutMetadata) {
        return new Metadata(type, orientation, withoutMetadata, exif, carried, otherThanExif);
    }
}
