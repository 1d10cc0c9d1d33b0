package dev.imgedit.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void aSeedIsAWholeNumberFromZeroToTheLargestLong() {
        assertThat(Seeds.parse("--seed", " 42 ", "--seed 42")).isEqualTo(42L);
        assertThat(Seeds.parse("--seed", String.valueOf(Long.MAX_VALUE), "--seed 42")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Seeds.parse("line 3: seed", "x", "42")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("line 3: seed 'x' is not a whole number: give 0 or more, such as 42");
        assertThatThrownBy(() -> Seeds.parse("--seed", "-1", "--seed 42"))
                .hasMessage("--seed must be zero or positive, got -1: give 0 or more, such as --seed 42");
        assertThatThrownBy(() -> Seeds.parse("--seed", "9223372036854775808", "--seed 42"))
                .hasMessage("--seed 9223372036854775808 is too large: give a whole number from 0 to "
                        + Long.MAX_VALUE);
    }
}
