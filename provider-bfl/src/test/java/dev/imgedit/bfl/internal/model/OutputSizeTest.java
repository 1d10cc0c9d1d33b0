package dev.imgedit.bfl.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.AspectRatio;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputSizeTest {

    @ParameterizedTest
    @EnumSource(AspectRatio.class)
    void everyRatioAtAboutOneMegapixelIsCloseInMultiplesOfSixteen(AspectRatio ratio) {
        OutputSize size = OutputSize.of(ratio, 1024L * 1024);

        assertThat(size.width() % 16).isZero();
        assertThat(size.height() % 16).isZero();
        assertThat((double) size.width() / size.height()).isCloseTo(ratio.value(), Percentage.withPercentage(1.5));
        assertThat((double) size.pixels()).isCloseTo(1024 * 1024, Percentage.withPercentage(15));
    }

    @ParameterizedTest
    @EnumSource(AspectRatio.class)
    void aLargeInputStaysWithinFourMegapixelsAndSidesOf2048(AspectRatio ratio) {
        OutputSize size = OutputSize.of(ratio, 6000L * 4000);

        assertThat(size.pixels()).isLessThanOrEqualTo(2048L * 2048);
        assertThat(size.width()).isBetween(256, 2048);
        assertThat(size.height()).isBetween(256, 2048);
        assertThat((double) size.width() / size.height()).isCloseTo(ratio.value(), Percentage.withPercentage(1.5));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 64 * 48, 200 * 200})
    void aTinyInputGetsSidesOfAtLeast256(long pixels) {
        OutputSize wide = OutputSize.of(AspectRatio.R21_9, pixels);

        assertThat(wide.height()).isEqualTo(256);
        assertThat((double) wide.width() / wide.height()).isCloseTo(21.0 / 9, Percentage.withPercentage(3));
        assertThat(OutputSize.of(AspectRatio.R1_1, pixels)).isEqualTo(new OutputSize(256, 256));
    }

    @ParameterizedTest
    @EnumSource(AspectRatio.class)
    void theSizeFollowsTheInputsPixelCount(AspectRatio ratio) {
        assertThat(OutputSize.of(ratio, 2_000_000).pixels()).isGreaterThan(OutputSize.of(ratio, 500_000).pixels());
    }
}
