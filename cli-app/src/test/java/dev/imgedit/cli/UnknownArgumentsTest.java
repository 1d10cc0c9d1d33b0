package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped option is named, but a value typed after it is never echoed: it may be a key. */
class UnknownArgumentsTest extends PhotoDirectoryFixture {
    private static final String KEY = "sk-live-4f9a1c0e7b2d4e6f8a0b1c2d3e4f5a6b";

    @Test
    void anApiKeyTypedAsAnOptionIsNeverRepeated() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--api-key", KEY);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--api-key'").contains("--api-key-file")
                .doesNotContain(KEY);
        assertThat(run.out()).doesNotContain(KEY);
    }

    @Test
    void anApiKeyJoinedToAnOptionIsNeverRepeatedEvenInJson() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--json", "--api-key=" + KEY);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err() + run.out()).contains("'--api-key'").doesNotContain(KEY);
    }

    @Test
    void aMistypedCommandIsNamedSoTheUserSeesTheTypo() {
        CommandRun run = imgedit.run("edti", "-i", "photo.png");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'edti'");
    }
}
