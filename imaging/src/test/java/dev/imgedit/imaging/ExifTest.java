package dev.imgedit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.imaging.internal.metadata.Exif;
import dev.imgedit.imaging.internal.metadata.Orientation;
import dev.imgedit.testkit.TaggedImages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifTest {

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsEveryOrientationInBothByteOrders(int value) {
        assertThat(Exif.orientation(ByteBuffer.wrap(TaggedImages.exif(value, ByteOrder.BIG_ENDIAN))).exifValue())
                .isEqualTo(value);
        assertThat(Exif.orientation(ByteBuffer.wrap(TaggedImages.exif(value, ByteOrder.LITTLE_ENDIAN))).exifValue())
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {0, 9, 255})
    void valuesOutsideTheStandardMeanNoTurn(int value) {
        assertThat(Exif.orientation(ByteBuffer.wrap(TaggedImages.exif(value)))).isEqualTo(Orientation.NORMAL);
    }

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {0, 4, 8, 12, 30})
    void aBlockCutShortReadsAsNoTurnAndNeverThrows(int length) {
        byte[] cut = Arrays.copyOf(TaggedImages.exif(6), length);

        assertThat(Exif.orientation(ByteBuffer.wrap(cut))).isEqualTo(Orientation.NORMAL);
        assertThat(Exif.upright(cut)).isEqualTo(cut);
    }

    @ParameterizedTest(name = "first directory at {0}")
    @ValueSource(ints = {-1, 0, 7, 1 << 20})
    void aDirectoryOffsetOutsideTheBlockReadsAsNoTurn(int offset) {
        byte[] block = TaggedImages.exif(6);
        ByteBuffer.wrap(block).putInt(4, offset);

        assertThat(Exif.orientation(ByteBuffer.wrap(block))).isEqualTo(Orientation.NORMAL);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {2, 6, 8})
    void uprightResetsTheOrientationAndLeavesTheRestAlone(int value) {
        byte[] block = TaggedImages.exif(value, ByteOrder.LITTLE_ENDIAN);

        byte[] upright = Exif.upright(block);

        assertThat(Exif.orientation(ByteBuffer.wrap(upright))).isEqualTo(Orientation.NORMAL);
        assertThat(Exif.orientation(ByteBuffer.wrap(block)).exifValue()).as("the original").isEqualTo(value);
        assertThat(TaggedImages.contains(upright, TaggedImages.CAMERA)).isTrue();
        assertThat(upright).hasSameSizeAs(block);
    }
}
