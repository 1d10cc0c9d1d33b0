package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.testing.Images;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditRequestTest {
    private final ImageInput image = ImageInput.bytes(Images.png(8, 8));

    @Test
    void aBlankPromptIsRefusedWithAHint() {
        assertThatThrownBy(() -> EditRequest.builder(image, "  \n ").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("prompt is blank");
    }

    @Test
    void aPromptOverTheLimitIsRefusedWithBothLengths() {
        String prompt = "a".repeat(EditRequest.MAX_PROMPT_LENGTH + 1);
        assertThatThrownBy(() -> EditRequest.builder(image, prompt).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(String.valueOf(EditRequest.MAX_PROMPT_LENGTH + 1))
                .hasMessageContaining(String.valueOf(EditRequest.MAX_PROMPT_LENGTH));
    }

    @Test
    void aPromptWithAControlCharacterIsRefusedNamingIt() {
        assertThatThrownBy(() -> EditRequest.builder(image, "snow\u0007").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("U+0007");
    }

    @Test
    void newlinesAndTabsAreAllowedInAPrompt() {
        assertThat(EditRequest.builder(image, "snow\n\tand night").build().prompt()).contains("night");
    }

    @Test
    void aNegativeSeedIsRefused() {
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").seed(-1L).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("seed");
    }

    @Test
    void providerOptionsAreCopied() {
        Map<String, String> options = new HashMap<>(Map.of("webhook", "https://example.test/hook"));
        EditRequest request = EditRequest.builder(image, "snow").providerOptions(options).build();
        options.clear();
        assertThat(request.providerOptions()).containsEntry("webhook", "https://example.test/hook");
    }

    @Test
    void aNullProviderOptionIsRefusedByItsName() {
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").providerOption("strength", null))
                .isInstanceOf(NullPointerException.class).hasMessage("provider option 'strength' has a null value");
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").providerOption(null, "v"))
                .isInstanceOf(NullPointerException.class).hasMessage("a provider option's name is null");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("strength", null);
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").providerOptions(withNull).build())
                .isInstanceOf(NullPointerException.class).hasMessage("provider option 'strength' has a null value");
    }

    @Test
    void optionalFieldsAreNullByDefault() {
        EditRequest request = EditRequest.builder(image, "snow").build();
        assertThat(request.aspectRatio()).isNull();
        assertThat(request.seed()).isNull();
        assertThat(request.model()).isNull();
        assertThat(request.outputFormat()).isNull();
        assertThat(request.trackId()).isNull();
        assertThat(request.images()).containsExactly(image);
        assertThat(request.references()).isEmpty();
    }

    @Test
    void referencesFollowTheImageInTheOrderAdded() {
        ImageInput style = ImageInput.bytes(Images.png(4, 4));
        ImageInput face = ImageInput.bytes(Images.jpeg(4, 4));
        EditRequest request = EditRequest.builder(image, "put the face in this style").reference(style)
                .reference(face).build();
        assertThat(request.image()).isEqualTo(image);
        assertThat(request.references()).containsExactly(style, face);
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void aModelIdWithSpacesAndAMalformedTrackIdAreRefused() {
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").model("flux kontext").build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("model");
        assertThatThrownBy(() -> EditRequest.builder(image, "snow").trackId("a b").build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("track id");
    }

    @Test
    void toStringShowsNoOptionValueAndNoUrlQuery() {
        EditRequest request = EditRequest.builder(ImageInput.url("https://user:pw@cdn.example/a.png?sig=s3cr3t"),
                "snow").providerOption("webhook_secret", "hunter2").build();

        assertThat(request.toString()).contains("webhook_secret", "cdn.example/a.png")
                .doesNotContain("hunter2", "s3cr3t", "pw@");
    }
}
