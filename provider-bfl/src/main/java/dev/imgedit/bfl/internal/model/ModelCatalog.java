package dev.imgedit.bfl.internal.model;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.OptionInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.bfl.internal.settings.Settings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The models BFL serves here and what each accepts, as BFL's API reference states it: FLUX.1 Kontext [pro] (the
 * default, the model ModelsLab serves too) and [max], which take an aspect ratio; FLUX.2 [pro], [max] and [flex],
 * which take a width and height instead (derived by {@link OutputSize}).
 */
public final class ModelCatalog {
    public static final String PROVIDER_ID = "bfl";
    public static final String KONTEXT_PRO = "flux-kontext-pro";
    public static final String KONTEXT_MAX = "flux-kontext-max";
    public static final String FLUX_2_PRO = "flux-2-pro";
    public static final String FLUX_2_MAX = "flux-2-max";
    public static final String FLUX_2_FLEX = "flux-2-flex";

    /** The options every model takes, passed through as they are. */
    public static final String WEBHOOK_URL = "webhook_url";
    public static final String WEBHOOK_SECRET = "webhook_secret";

    /**
     * BFL's own client refuses an inline image over 20 MB of base64: 15,000,000 bytes become 20,000,000 characters.
     */
    static final long MAX_INPUT_BYTES = 15_000_000L;

    /** BFL documents no input pixel limit; this is imgedit's guard against a mistaken input. */
    private static final long MAX_INPUT_PIXELS = 4096L * 4096;

    private static final int IN_FLIGHT = 24;
    private static final int KONTEXT_MAX_IN_FLIGHT = 6;

    private static final ProviderInfo INFO = ProviderInfo.online(PROVIDER_ID,
            "FLUX.1 Kontext and FLUX.2 from Black Forest Labs' own API (needs " + Settings.API_KEY + ")",
            List.of(
                    kontext(KONTEXT_PRO, "FLUX.1 Kontext [pro]: edits an image by a prompt, with up to 3 references, "
                            + "at about 1 megapixel", IN_FLIGHT),
                    kontext(KONTEXT_MAX, "FLUX.1 Kontext [max]: Kontext at its best prompt adherence, at about 1 "
                            + "megapixel", KONTEXT_MAX_IN_FLIGHT),
                    flux2(FLUX_2_PRO, "FLUX.2 [pro]: BFL's recommended editing model, up to 8 images, up to 4 "
                            + "megapixels", false),
                    flux2(FLUX_2_MAX, "FLUX.2 [max]: FLUX.2 at its highest quality, up to 8 images", false),
                    flux2(FLUX_2_FLEX, "FLUX.2 [flex]: FLUX.2 with guidance and steps to tune, up to 8 images",
                            true)));

    private ModelCatalog() {}

    public static ProviderInfo info() {
        return INFO;
    }

    /** Whether the model takes {@code aspect_ratio} (Kontext) rather than {@code width} and {@code height}. */
    public static boolean takesAspectRatio(String modelId) {
        return modelId.startsWith("flux-kontext-");
    }

    private static ModelInfo kontext(String id, String description, int inFlight) {
        return common(id, description)
                .aspectRatios(EnumSet.allOf(AspectRatio.class))
                .maxImages(4)
                .maxJobsInFlight(inFlight)
                .options(options(6, OptionInfo.bool("prompt_upsampling", "let BFL rewrite the prompt for a more "
                        + "creative result (BFL's default: false)")))
                .build();
    }

    private static ModelInfo flux2(String id, String description, boolean flexible) {
        List<OptionInfo> tuning = flexible
                ? List.of(OptionInfo.number("guidance", "how closely the edit follows the prompt, at some cost to "
                                + "realism (BFL's default: 5)", 1.5, 10),
                        OptionInfo.integer("steps", "how many steps the model runs: fewer is faster, more is finer "
                                + "(BFL's default: 50)", 1, 50),
                        OptionInfo.bool("prompt_upsampling", "let BFL rewrite the prompt for a more creative result "
                                + "(BFL's default: true)"))
                : List.of();
        return common(id, description)
                .aspectRatios(EnumSet.allOf(AspectRatio.class))
                .maxImages(8)
                .maxJobsInFlight(IN_FLIGHT)
                .options(options(5, tuning.toArray(OptionInfo[]::new)))
                .build();
    }

    private static ModelInfo.Builder common(String id, String description) {
        return ModelInfo.builder(id, description)
                .inputTypes(EnumSet.allOf(ImageType.class))
                .maxInputBytes(MAX_INPUT_BYTES)
                .maxInputPixels(MAX_INPUT_PIXELS)
                .outputFormats(EnumSet.allOf(ImageType.class))
                .capabilities(EnumSet.of(Capability.URL_INPUT, Capability.BYTES_INPUT, Capability.SEED,
                        Capability.RESUME_IN_NEW_PROCESS));
    }

    private static List<OptionInfo> options(int maxSafetyTolerance, OptionInfo... modelOptions) {
        List<OptionInfo> options = new ArrayList<>();
        options.add(OptionInfo.integer("safety_tolerance", "how strict BFL's moderation of the inputs and the output "
                + "is: 0 strictest, " + maxSafetyTolerance + " most permissive (BFL's default: 2)", 0,
                maxSafetyTolerance));
        options.addAll(List.of(modelOptions));
        options.add(OptionInfo.text(WEBHOOK_URL, "an http(s) URL BFL calls when the task ends; passed through"));
        options.add(OptionInfo.text(WEBHOOK_SECRET, "the secret BFL signs its webhook call with; passed through, "
                + "never logged"));
        return options;
    }
}
