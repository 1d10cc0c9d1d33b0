package dev.imgedit.imaging;

import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import java.util.EnumSet;

/** Models with the limits the tests need. */
final class Models {
    private Models() {}

    /** Takes every format and far more than any test image: only turning and stripping apply. */
    static ModelInfo roomy() {
        return ModelInfo.builder("roomy", "takes anything").inputTypes(EnumSet.allOf(ImageType.class))
                .maxInputBytes(100_000_000).maxInputPixels(100_000_000).build();
    }

    /** ModelsLab's Flux Kontext Pro: every format, 3,700,000 bytes, 4096x4096 pixels. */
    static ModelInfo kontext() {
        return ModelInfo.builder("flux-kontext-pro", "like ModelsLab's").inputTypes(EnumSet.allOf(ImageType.class))
                .maxInputBytes(3_700_000).maxInputPixels(4096L * 4096).build();
    }

    static ModelInfo pngAndJpegOnly() {
        return ModelInfo.builder("png-jpeg", "no WebP").inputTypes(EnumSet.of(ImageType.PNG, ImageType.JPEG))
                .maxInputBytes(10_000_000).maxInputPixels(20_000_000).build();
    }

    static ModelInfo limitedTo(long bytes, long pixels, ImageType... types) {
        return ModelInfo.builder("small-model", "small limits")
                .inputTypes(types.length == 0 ? EnumSet.allOf(ImageType.class) : EnumSet.of(types[0], types))
                .maxInputBytes(bytes).maxInputPixels(pixels).build();
    }
}
