package dev.imgedit.imaging;

import static dev.imgedit.testkit.TaggedImages.CAMERA;
import static dev.imgedit.testkit.TaggedImages.LATITUDE_SECONDS;
import static dev.imgedit.testkit.TaggedImages.contains;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.imaging.internal.metadata.Exif;
import dev.imgedit.imaging.internal.metadata.Orientation;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetadataStrippingTest {
    private static final PreparationPolicy KEEP = new PreparationPolicy(true, true);

    @Test
    void anImageThatFitsAndCarriesNoMetadataComesBackByteForByte() {
        ImageInput.Bytes input = ImageInput.bytes(ImageBytes.adopt(TestImages.jpeg(640, 480)), "plain.jpg");

        PreparedInput prepared = InputPreparation.prepare(input, Models.kontext(), PreparationPolicy.DEFAULT);

        assertThat(prepared.image()).isSameAs(input);
        assertThat(prepared.image().data().toByteArray()).isEqualTo(TestImages.jpeg(640, 480));
        assertThat(prepared.notices()).isEmpty();
    }

    @Test
    void keptMetadataOnAnUprightImageThatFitsLeavesItByteForByte() {
        byte[] tagged = taggedJpeg(1);
        ImageInput.Bytes input = ImageInput.bytes(ImageBytes.copyOf(tagged), "tagged.jpg");

        PreparedInput prepared = InputPreparation.prepare(input, Models.kontext(), KEEP);

        assertThat(prepared.image()).isSameAs(input);
        assertThat(prepared.image().data().toByteArray()).isEqualTo(tagged);
    }

    @Test
    void aJpegLosesExifGpsXmpAndCommentsWithoutARecodeOfItsPixels() {
        byte[] plain = TestImages.jpeg(320, 240);
        byte[] tagged = taggedJpeg(1);
        assertThat(contains(tagged, LATITUDE_SECONDS)).isTrue();

        PreparedInput prepared = prepare(tagged, "tagged.jpg");

        byte[] stripped = prepared.image().data().toByteArray();
        assertThat(contains(stripped, "Exif")).isFalse();
        assertThat(contains(stripped, LATITUDE_SECONDS)).as("GPS latitude").isFalse();
        assertThat(contains(stripped, CAMERA)).isFalse();
        assertThat(contains(stripped, "xmpmeta")).isFalse();
        assertThat(contains(stripped, "taken at home")).isFalse();
        assertThat(stripped).as("the file as encoded, before metadata was added").isEqualTo(plain);
        assertThat(prepared.notices()).isEmpty();
    }

    @Test
    void whatDecidesHowAJpegDecodesStays() {
        byte[] plain = TestImages.jpeg(320, 240);
        byte[] colour = TaggedImages.segment(0xE2, "ICC_PROFILE\0\1\1not a real profile".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        byte[] adobe = TaggedImages.segment(0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 1});
        byte[] tagged = TaggedImages.jpegWith(plain, TaggedImages.exifSegment(TaggedImages.exif(1)), colour, adobe,
                TaggedImages.commentSegment("taken at home"));

        PreparedInput prepared = prepare(tagged, "profiled.jpg");

        assertThat(prepared.image().data().toByteArray()).isEqualTo(TaggedImages.jpegWith(plain, colour, adobe));
    }

    @Test
    void imagesAfterTheEndOfAJpegGoToo() {
        byte[] plain = TestImages.jpeg(320, 240);
        byte[] trailer = TaggedImages.jpegWith(TestImages.jpeg(32, 24), TaggedImages.exifSegment(TaggedImages.exif(1)));
        byte[] withTrailer = Arrays.copyOf(plain, plain.length + trailer.length);
        System.arraycopy(trailer, 0, withTrailer, plain.length, trailer.length);

        PreparedInput prepared = prepare(withTrailer, "with-preview.jpg");

        assertThat(prepared.image().data().toByteArray()).isEqualTo(plain);
    }

    @Test
    void aPngLosesTextExifAndTimeChunksAndKeepsItsPixels() {
        byte[] plain = TestImages.png(200, 100);
        byte[] tagged = TaggedImages.pngWith(plain, TaggedImages.pngText("Comment", "taken at home"),
                TaggedImages.pngChunk("eXIf", TaggedImages.exif(1)),
                TaggedImages.pngChunk("tIME", new byte[] {0x07, (byte) 0xEA, 11, 30, 10, 0, 0}));

        PreparedInput prepared = prepare(tagged, "tagged.png");

        assertThat(prepared.image().data().toByteArray()).isEqualTo(plain);
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndStillDecodes() {
        byte[] simple = Pictures.resource("scene-lossy.webp");
        byte[] tagged = TaggedImages.webpWith(simple, 320, 240, TaggedImages.exif(1), true);

        PreparedInput prepared = prepare(tagged, "tagged.webp");

        byte[] stripped = prepared.image().data().toByteArray();
        assertThat(prepared.image().type()).isEqualTo(ImageType.WEBP);
        assertThat(contains(stripped, CAMERA)).isFalse();
        assertThat(contains(stripped, LATITUDE_SECONDS)).isFalse();
        assertThat(contains(stripped, "xmpmeta")).isFalse();
        ByteBuffer riff = ByteBuffer.wrap(stripped).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(riff.getInt(4)).as("RIFF size").isEqualTo(stripped.length - 8);
        assertThat(stripped[20] & 0x0C).as("EXIF and XMP flags").isZero();
        assertThat(prepared.image().size()).contains(new ImageSize(320, 240));
        BufferedImage decoded = Pictures.decode(stripped);
        assertThat(decoded.getRGB(160, 120)).isEqualTo(Pictures.decode(simple).getRGB(160, 120));
    }

    @Test
    void keptMetadataFollowsATurnedJpegWithItsOrientationResetAndItsGpsIntact() {
        ImageInput.Bytes input = ImageInput.bytes(ImageBytes.adopt(taggedJpeg(6)), "turned.jpg");

        PreparedInput prepared = InputPreparation.prepare(input, Models.kontext(), KEEP);

        byte[] result = prepared.image().data().toByteArray();
        assertThat(contains(result, CAMERA)).isTrue();
        assertThat(contains(result, LATITUDE_SECONDS)).isTrue();
        assertThat(contains(result, "xmpmeta")).isTrue();
        assertThat(contains(result, "taken at home")).isTrue();
        assertThat(Exif.orientation(exifOf(result))).isEqualTo(Orientation.NORMAL);
        assertThat(prepared.image().size()).contains(new ImageSize(240, 320));
    }

    /** A 320x240 JPEG with EXIF (orientation, make, GPS), XMP and a comment, as phones and editors write them. */
    private static byte[] taggedJpeg(int orientation) {
        return TaggedImages.jpegWith(TestImages.jpeg(320, 240),
                TaggedImages.exifSegment(TaggedImages.exif(orientation)), TaggedImages.xmpSegment(),
                TaggedImages.commentSegment("taken at home"));
    }

    /** The TIFF block of the first EXIF segment in {@code jpeg}. */
    private static ByteBuffer exifOf(byte[] jpeg) {
        for (int i = 0; i + 10 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x') {
                int length = (jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF);
                return ByteBuffer.wrap(jpeg, i + 10, length - 8).slice();
            }
        }
        throw new AssertionError("no EXIF segment");
    }

    private static PreparedInput prepare(byte[] bytes, String name) {
        return InputPreparation.prepare(ImageInput.bytes(ImageBytes.copyOf(bytes), name), Models.kontext(),
                PreparationPolicy.DEFAULT);
    }
}
