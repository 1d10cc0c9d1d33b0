package dev.imgedit.imaging;

import static dev.imgedit.imaging.Pictures.assertColour;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrientationTest {
    private static final Color BAND = new Color(220, 30, 30);
    private static final Color REST = new Color(128, 128, 128);

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aJpegComesOutUprightWhateverItsExifOrientation(int orientation) {
        BufferedImage upright = Pictures.quarters(60, 40);
        byte[] jpeg = TaggedImages.jpegWith(TestImages.jpeg(Pictures.stored(upright, orientation), 0.95f),
                TaggedImages.exifSegment(TaggedImages.exif(orientation)));

        PreparedInput prepared = prepare(jpeg, "turned.jpg");

        BufferedImage result = Pictures.decode(prepared.image().data());
        assertThat(result.getWidth()).isEqualTo(60);
        assertThat(result.getHeight()).isEqualTo(40);
        Pictures.assertQuarters(result);
        assertThat(prepared.image().type()).isEqualTo(ImageType.JPEG);
        assertThat(prepared.notices()).isEmpty();
    }

    /** EXIF 6 says the stored column 0 is the upright top (turn clockwise); EXIF 8, the bottom (counterclockwise). */
    @ParameterizedTest(name = "orientation {0} puts the stored left edge at the {1}")
    @CsvSource({"6, top", "8, bottom"})
    void aPhoneShotIsTurnedTheRightWay(int orientation, String edge) {
        PreparedInput prepared = prepare(phoneShot(orientation), "portrait.jpg");

        BufferedImage result = Pictures.decode(prepared.image().data());
        assertThat(result.getWidth()).isEqualTo(60);
        assertThat(result.getHeight()).isEqualTo(80);
        assertColour(result, 30, 4, edge.equals("top") ? BAND : REST);
        assertColour(result, 30, 75, edge.equals("top") ? REST : BAND);
    }

    @Test
    void aPngWithAnExifChunkIsTurnedAndStaysALosslessPng() {
        BufferedImage upright = Pictures.quarters(60, 40);
        byte[] png = TaggedImages.pngWith(Pictures.png(Pictures.stored(upright, 6)),
                TaggedImages.pngChunk("eXIf", TaggedImages.exif(6, ByteOrder.LITTLE_ENDIAN)));

        PreparedInput prepared = InputPreparation.prepare(ImageInput.bytes(ImageBytes.adopt(png), "scan.png"),
                Models.roomy(), PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.PNG);
        BufferedImage result = Pictures.decode(prepared.image().data());
        assertThat(result.getRGB(0, 0)).isEqualTo(upright.getRGB(0, 0));
        assertThat(result.getRGB(59, 39)).isEqualTo(upright.getRGB(59, 39));
        Pictures.assertQuarters(result);
        assertThat(prepared.notices()).isEmpty();
    }

    @Test
    void aWebpWithAnExifOrientationIsTurnedIntoAFormatThatCanBeWrittenAndSaysSo() {
        byte[] webp = TaggedImages.webpWith(Pictures.resource("scene-lossy.webp"), 320, 240, TaggedImages.exif(8),
                false);

        PreparedInput prepared = InputPreparation.prepare(ImageInput.bytes(ImageBytes.adopt(webp), "scene.webp"),
                Models.roomy(), PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.JPEG);
        BufferedImage result = Pictures.decode(prepared.image().data());
        assertThat(result.getWidth()).isEqualTo(240);
        assertThat(result.getHeight()).isEqualTo(320);
        // Under orientation 8 the stored top row, the scene's sky, is the upright image's left column.
        Color sky = new Color(Pictures.decode(Pictures.resource("scene-lossy.webp")).getRGB(160, 5));
        assertColour(result, 5, 319 - 160, sky);
        assertThat(prepared.notices()).singleElement().asString().matches("converted 'scene\\.webp' from WebP "
                + "240x320 \\(\\d+ KB\\) to JPEG 240x320 \\(\\d+ KB\\) to turn it upright, as imgedit cannot write WebP");
    }

    /** A landscape 80x60 shot whose stored left edge is a red band, as a phone held sideways stores it. */
    private static byte[] phoneShot(int orientation) {
        BufferedImage stored = new BufferedImage(80, 60, BufferedImage.TYPE_3BYTE_BGR);
        var graphics = stored.createGraphics();
        Pictures.fill(graphics, REST, 0, 0, 80, 60);
        Pictures.fill(graphics, BAND, 0, 0, 10, 60);
        graphics.dispose();
        return TaggedImages.jpegWith(TestImages.jpeg(stored, 0.95f),
                TaggedImages.exifSegment(TaggedImages.exif(orientation, ByteOrder.LITTLE_ENDIAN)));
    }

    private static PreparedInput prepare(byte[] jpeg, String name) {
        return InputPreparation.prepare(ImageInput.bytes(ImageBytes.adopt(jpeg), name), Models.roomy(),
                PreparationPolicy.DEFAULT);
    }
}
