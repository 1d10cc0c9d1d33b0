package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.testing.Images;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderInfoCheckTest {
    private final ModelInfo kontext = ModelInfo.builder("kontext", "edits one image")
            .aspectRatios(EnumSet.of(AspectRatio.R1_1, AspectRatio.R16_9))
            .capabilities(Set.of(Capability.BYTES_INPUT))
            .maxInputBytes(5000)
            .maxInputPixels(100 * 100)
            .option(OptionInfo.integer("safety_tolerance", "0 strictest", 0, 6))
            .option(OptionInfo.bool("prompt_upsampling", "rewrite the prompt"))
            .build();
    private final ModelInfo multi = ModelInfo.builder("multi", "takes references").maxImages(3)
            .capabilities(Set.of(Capability.BYTES_INPUT, Capability.URL_INPUT, Capability.SEED))
            .outputFormats(Set.of(ImageType.PNG, ImageType.JPEG)).passesOtherOptions(true).build();
    private final ProviderInfo provider = ProviderInfo.online("acme", "Acme", List.of(kontext, multi));
    private final ImageInput small = ImageInput.bytes(Images.png(40, 30));

    @Test
    void aRequestWithoutAModelRunsOnTheDefault() {
        CheckedRequest checked = provider.check(EditRequest.builder(small, "snow").build());
        assertThat(checked.model()).isEqualTo(kontext);
    }

    @Test
    void anUnknownModelIsRefusedListingTheModels() {
        assertThatThrownBy(() -> provider.check(EditRequest.builder(small, "snow").model("nope").build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("kontext, multi");
    }

    @Test
    void anUnlistedModelIsAcceptedWhereTheProviderSendsThemAsGiven() {
        ProviderInfo generous = provider.withUnlistedModels(multi);
        CheckedRequest checked = generous.check(EditRequest.builder(small, "snow").model("new-model-9").build());
        assertThat(checked.model().id()).isEqualTo("new-model-9");
        assertThat(checked.model().maxImages()).isEqualTo(3);
        assertThat(generous.isUnlisted("new-model-9")).isTrue();
    }

    @Test
    void eachUnsupportedFeatureNamesTheOptionTheModelAndWhatItAccepts() {
        assertRefused(EditRequest.builder(small, "snow").aspectRatio(AspectRatio.R9_21), "aspect ratio 9:21",
                "16:9, 1:1");
        assertRefused(EditRequest.builder(small, "snow").reference(small), "one image and no references");
        assertRefused(EditRequest.builder(small, "snow").seed(7L), "seed");
        assertRefused(EditRequest.builder(small, "snow").outputFormat(ImageType.WEBP), "WebP",
                "format of its own");
        assertRefused(EditRequest.builder(small, "snow").providerOption("guidance", "3"), "option 'guidance'",
                "safety_tolerance, prompt_upsampling");
        assertRefused(EditRequest.builder(ImageInput.url("https://example.test/a.png"), "snow"), "URL");
        assertRefused(EditRequest.builder(ImageInput.bytes(webp()), "snow"), "PNG, JPEG", "WebP");
    }

    @Test
    void theMultiReferenceModelTakesUpToItsLimit() {
        EditRequest three = EditRequest.builder(small, "snow").model("multi").reference(small).reference(small)
                .build();
        assertThat(provider.check(three).request().images()).hasSize(3);
        assertThatThrownBy(() -> provider.check(three.toBuilder().reference(small).build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("at most 3 images (the one to edit and 2 references)")
                .hasMessageContaining("not 4");
        ProviderInfo pair = ProviderInfo.online("pair", "Pair",
                List.of(ModelInfo.builder("pair", "one reference").maxImages(2).build()));
        assertThatThrownBy(() -> pair.check(EditRequest.builder(small, "snow").reference(small).reference(small)
                .build()))
                .hasMessageContaining("at most 2 images (the one to edit and 1 reference)");
    }

    @Test
    void inputsOverTheByteOrPixelLimitAreInvalid() {
        assertThatThrownBy(() -> provider.check(EditRequest.builder(ImageInput.bytes(Images.png(101, 100)), "snow")
                        .build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("101x100 pixels").hasMessageContaining("10,000-pixel");
        byte[] large = Images.jpeg(90, 90);
        assertThat(large.length).isLessThan(5000);
        ModelInfo tiny = kontext.toBuilder().maxInputBytes(100).build();
        assertThatThrownBy(() -> ProviderInfo.online("acme", "Acme", List.of(tiny))
                        .check(EditRequest.builder(ImageInput.bytes(large), "snow").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("100-byte input limit");
    }

    @Test
    void optionsAreValidatedAndCanonical() {
        EditRequest request = EditRequest.builder(small, "snow").providerOption("safety_tolerance", " 4 ")
                .providerOption("prompt_upsampling", "TRUE").build();
        assertThat(provider.check(request).request().providerOptions())
                .containsEntry("safety_tolerance", "4").containsEntry("prompt_upsampling", "true");
        assertThatThrownBy(() -> provider.check(request.toBuilder().providerOption("safety_tolerance", "7").build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("safety_tolerance").hasMessageContaining("from 0 to 6")
                .hasMessageContaining("'7'");
    }

    @Test
    void aModelThatPassesOtherOptionsSendsThemAsGiven() {
        EditRequest request = EditRequest.builder(small, "snow").model("multi").providerOption("webhook", "x").build();
        assertThat(provider.check(request).request().providerOptions()).containsEntry("webhook", "x");
    }

    private void assertRefused(EditRequest.Builder request, String... words) {
        assertThatThrownBy(() -> provider.check(request.build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("model kontext (acme)")
                .hasMessageContainingAll(words);
    }

    private static byte[] webp() {
        byte[] bytes = new byte[30];
        byte[] riff = {'R', 'I', 'F', 'F', 22, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'};
        System.arraycopy(riff, 0, bytes, 0, riff.length);
        return bytes;
    }
}
