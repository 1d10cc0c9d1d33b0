package dev.imgedit.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void durationsAreWordedForPeople() {
        assertThat(Durations.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Durations.describe(Duration.ofMillis(2500))).isEqualTo("2.5 s");
        assertThat(Durations.describe(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Durations.describe(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(Durations.describe(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(Durations.describe(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Durations.describe(Duration.ofSeconds(-3))).isEqualTo("0 ms");
    }

    @Test
    void aHugeDurationIsWordedAndCountedWithoutOverflow() {
        Duration huge = Duration.parse("PT999999999H");

        assertThat(Durations.describe(huge)).isEqualTo("999999999 h");
        assertThat(Durations.describe(Duration.ofSeconds(99_999_999_999L))).isEqualTo("27777777 h 46 min");
        assertThat(Durations.saturatedNanos(huge)).isEqualTo(Long.MAX_VALUE / 2);
        assertThat(Durations.saturatedNanos(huge.negated())).isEqualTo(-(Long.MAX_VALUE / 2));
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(2))).isEqualTo(2_000_000_000L);
        assertThat(Durations.timeoutMillis(huge)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Durations.timeoutMillis(Duration.ofNanos(1))).as("0 would mean no timeout").isEqualTo(1);
        assertThat(Durations.timeoutMillis(Duration.ofSeconds(3))).isEqualTo(3000);
    }
}
