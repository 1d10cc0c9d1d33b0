package dev.imgedit.modelslab.internal.request;

import static dev.imgedit.AspectRatio.R16_9;
import static dev.imgedit.AspectRatio.R1_1;
import static dev.imgedit.AspectRatio.R21_9;
import static dev.imgedit.AspectRatio.R2_3;
import static dev.imgedit.AspectRatio.R3_2;
import static dev.imgedit.AspectRatio.R3_4;
import static dev.imgedit.AspectRatio.R4_3;
import static dev.imgedit.AspectRatio.R9_16;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.OptionInfo;
import dev.imgedit.modelslab.internal.request.BodyShape.ImageFields;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The models of ModelsLab's v7 image-to-image endpoint that imgedit lists, one row each: what the model accepts
 * ({@link #info()}) and how its submit body is shaped ({@link #shape()}). docs/modelslab.md gives each row's
 * evidence. Every model is reached through the same upload (so the same input limit), the same endpoint, fetch and
 * account queue; none documents a seed or an output format, so none is claimed.
 */
public enum ModelsLabModel {
    FLUX_KONTEXT_PRO("flux-kontext-pro", "Flux Kontext Pro (Black Forest Labs): edits one image by a prompt", 1,
            ImageFormats.ANY, BodyShape.aspectRatio(ImageFields.ONE, false, List.of(AspectRatio.values()))),
    FLUX_2_PRO("flux-2-pro", "FLUX.2 Pro (Black Forest Labs): edits an image with up to 9 references", 10,
            ImageFormats.PNG_JPEG, BodyShape.unsized(ImageFields.ARRAY)),
    SEEDEDIT_I2I("seededit-i2i", "SeedEdit (ByteDance): edits one image by a prompt", 1, ImageFormats.ANY,
            BodyShape.unsized(ImageFields.ONE)),
    SEEDREAM_4_0_I2I("seedream-4.0-i2i", "Seedream 4.0 (ByteDance): edits an image with up to 9 references", 10,
            ImageFormats.PNG_JPEG, BodyShape.unsized(ImageFields.ARRAY)),
    SEEDREAM_4_5_I2I("seedream-4.5-i2i", "Seedream 4.5 (ByteDance): edits an image with up to 9 references, at an "
            + "aspect ratio it always needs", 10, ImageFormats.PNG_JPEG,
            BodyShape.aspectRatio(ImageFields.ARRAY, true, List.of(R1_1, R4_3, R16_9, R9_16, R3_2, R2_3, R21_9))),
    NANO_BANANA("nano-banana", "Nano Banana (Google): edits an image with one reference", 2, ImageFormats.ANY,
            BodyShape.unsized(ImageFields.PAIR)),
    NANO_BANANA_PRO("nano-banana-pro", "Nano Banana Pro (Google): edits an image with up to 13 references", 14,
            ImageFormats.ANY, BodyShape.aspectRatio(ImageFields.ARRAY, false,
                    List.of(R21_9, R16_9, R4_3, R3_2, R1_1, R2_3, R3_4, R9_16))),
    GEN4_IMAGE_TURBO("gen4_image_turbo", "Gen-4 Image Turbo (Runway): edits an image with one reference", 2,
            ImageFormats.ANY, BodyShape.unsized(ImageFields.PAIR)),
    GPT_IMAGE_2_I2I("gpt-image-2-i2i", "GPT Image 2 (OpenAI): edits an image with up to 13 references, at a size "
            + "it always needs", 14, ImageFormats.ANY, gptImageSizes());

    /** The option of {@link #GPT_IMAGE_2_I2I} naming its {@code size} outright, including those no ratio maps to. */
    public static final String SIZE = "size";

    /** The jobs one pay-as-you-go account may have queued, across every endpoint. */
    private static final int QUEUED_PER_ACCOUNT = 5;
    /** ModelsLab documents no pixel limit; this keeps a mistaken giant input from being uploaded. */
    private static final long MAX_INPUT_PIXELS = 4096L * 4096;
    private static final List<String> GPT_IMAGE_SIZES = List.of("square", "landscape", "portrait", "2K square",
            "2K landscape", "4K landscape", "4K portrait");

    private final String id;
    private final String description;
    private final int maxImages;
    private final Set<ImageType> inputTypes;
    private final BodyShape shape;

    ModelsLabModel(String id, String description, int maxImages, ImageFormats inputTypes, BodyShape shape) {
        this.id = id;
        this.description = description;
        this.maxImages = maxImages;
        this.inputTypes = inputTypes.types;
        this.shape = shape;
    }

    /** The listed model with this id. */
    public static Optional<ModelsLabModel> find(String id) {
        return Arrays.stream(values()).filter(model -> model.id.equals(id)).findFirst();
    }

    /** Every listed model's info, the default ({@link #FLUX_KONTEXT_PRO}) first. */
    public static List<ModelInfo> infos() {
        return Arrays.stream(values()).map(ModelsLabModel::info).toList();
    }

    /**
     * What is assumed of a model id imgedit does not list, sent as given with the {@link BodyShape#GENERIC} shape:
     * Flux Kontext Pro's limits.
     */
    public static ModelInfo unlisted() {
        return FLUX_KONTEXT_PRO.info("unlisted", "a model imgedit does not list, sent as given: one init_image URL, "
                + "the aspect_ratio when asked");
    }

    public String id() {
        return id;
    }

    public BodyShape shape() {
        return shape;
    }

    public ModelInfo info() {
        return info(id, description);
    }

    private ModelInfo info(String modelId, String text) {
        ModelInfo.Builder info = ModelInfo.builder(modelId, text)
                .aspectRatios(shape.sizes().keySet())
                .maxImages(maxImages)
                .inputTypes(inputTypes)
                .maxInputBytes(UploadLimits.MAX_INPUT_BYTES)
                .maxInputPixels(MAX_INPUT_PIXELS)
                .capabilities(EnumSet.of(Capability.URL_INPUT, Capability.BYTES_INPUT,
                        Capability.RESUME_IN_NEW_PROCESS))
                .maxJobsInFlight(QUEUED_PER_ACCOUNT)
                .passesOtherOptions(true);
        if (SIZE.equals(shape.sizeField())) {
            info.option(OptionInfo.choice(SIZE, "the output size, for sizes no aspect ratio names (1:1, 3:2 and 2:3 "
                    + "give square, landscape and portrait)", GPT_IMAGE_SIZES));
        }
        return info.build();
    }

    /** OpenAI's image sizes: 1024x1024, 1536x1024 and 1024x1536 are 1:1, 3:2 and 2:3. */
    private static BodyShape gptImageSizes() {
        Map<AspectRatio, String> sizes = new EnumMap<>(AspectRatio.class);
        sizes.put(R1_1, "square");
        sizes.put(R3_2, "landscape");
        sizes.put(R2_3, "portrait");
        return new BodyShape(ImageFields.ARRAY, SIZE, true, sizes);
    }

    /** The input formats a model is documented to take; ANY where its documents say nothing. */
    private enum ImageFormats {
        ANY(EnumSet.allOf(ImageType.class)),
        PNG_JPEG(EnumSet.of(ImageType.PNG, ImageType.JPEG));

        private final Set<ImageType> types;

        ImageFormats(Set<ImageType> types) {
            this.types = types;
        }
    }
}
