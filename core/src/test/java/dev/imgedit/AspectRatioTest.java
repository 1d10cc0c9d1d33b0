package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AspectRatioTest {
    @Test
    void offersExactlyTheNineFluxKontextRatios() {
        assertThat(Arrays.stream(AspectRatio.values()).map(AspectRatio::label))
                .containsExactly("21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21");
    }

    @Test
    void parsesTheLabelAndForgivingVariants() {
        assertThat(AspectRatio.parse("16:9")).isEqualTo(AspectRatio.R16_9);
        assertThat(AspectRatio.parse(" 9 : 16 ")).isEqualTo(AspectRatio.R9_16);
        assertThat(AspectRatio.parse("4x3")).isEqualTo(AspectRatio.R4_3);
        assertThat(AspectRatio.parse("3/2")).isEqualTo(AspectRatio.R3_2);
    }

    @Test
    void anUnknownRatioListsTheAcceptedOnes() {
        assertThatThrownBy(() -> AspectRatio.parse("5:4"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("5:4")
                .hasMessageContaining("21:9, 16:9");
    }
}
