package dev.imgedit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ThumbnailTest {

    @Test
    void aPhotoShrinksToTheLongerSideAskedForKeepingItsProportionsAsAJpeg() {
        Thumbnail thumbnail = Thumbnail.of(ImageBytes.adopt(Pictures.png(Pictures.quarters(1200, 800))), 240);

        assertThat(thumbnail.type()).isEqualTo(ImageType.JPEG);
        assertThat(thumbnail.size()).isEqualTo(new ImageSize(240, 160));
        BufferedImage decoded = Pictures.decode(thumbnail.bytes());
        assertThat(decoded.getWidth()).isEqualTo(240);
        Pictures.assertColour(decoded, 20, 20, Pictures.TOP_LEFT);
        Pictures.assertColour(decoded, 220, 140, Pictures.BOTTOM_RIGHT);
    }

    @Test
    void aPhoneShotComesOutUprightAndASmallImageIsNotScaledUp() {
        BufferedImage upright = Pictures.quarters(60, 90);
        byte[] jpeg = TaggedImages.jpegWith(TestImages.jpeg(Pictures.stored(upright, 6), 0.95f),
                TaggedImages.exifSegment(TaggedImages.exif(6)));

        Thumbnail thumbnail = Thumbnail.of(ImageBytes.adopt(jpeg), 256);

        assertThat(thumbnail.size()).isEqualTo(new ImageSize(60, 90));
        Pictures.assertColour(Pictures.decode(thumbnail.bytes()), 5, 5, Pictures.TOP_LEFT);
    }

    @Test
    void transparencyKeepsAPngAndBytesThatAreNoImageAreRefused() {
        Thumbnail cutOut = Thumbnail.of(ImageBytes.adopt(Pictures.png(Pictures.cutOut(400, 400))), 100);

        assertThat(cutOut.type()).isEqualTo(ImageType.PNG);
        assertThatThrownBy(() -> Thumbnail.of(ImageBytes.copyOf(new byte[] {1, 2, 3}), 100))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a PNG, JPEG or WebP");
    }
}
