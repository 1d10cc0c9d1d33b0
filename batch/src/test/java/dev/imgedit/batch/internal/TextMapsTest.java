package dev.imgedit.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextMapsTest {
    private static final Map<String, String> AWKWARD = Map.of("prompt", "say \"cheese\"\nand\tsmile \\o/ \u001b[31m",
            "é", "snow ❄", "", "empty key");

    @Test
    void aMapReadsBackAsItWasWrittenAndIsJsonAnyClientReads() throws Exception {
        String json = TextMaps.write(AWKWARD);

        assertThat(TextMaps.read(json)).isEqualTo(AWKWARD);
        assertThat(Json.MAPPER.readValue(json, new TypeReference<Map<String, String>>() {})).isEqualTo(AWKWARD);
        assertThat(TextMaps.write(Map.of("b", "2", "a", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(TextMaps.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void jsonWrittenElsewhereReadsTooAndWhatIsNoObjectOfStringsReadsAsEmpty() throws Exception {
        assertThat(TextMaps.read(Json.write(AWKWARD))).isEqualTo(AWKWARD);
        assertThat(TextMaps.read(" { \"a\" : \"\\u0041\\/\" } ")).containsExactly(Map.entry("a", "A/"));
        assertThat(TextMaps.read("{\"a\":1}")).isEmpty();
        assertThat(TextMaps.read("{\"a\":\"1\"")).isEmpty();
        assertThat(TextMaps.read("not json")).isEmpty();
        assertThat(TextMaps.read("{}{}")).isEmpty();
    }
}
