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
}
