package dev.imgedit.cli.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumeCommandTest {

    @Test
    void plainWordsStayPlain() {
        assertThat(new ResumeCommand("12345", "modelslab", "out/photo.edited.png", null, null, null))
                .hasToString("imgedit fetch 12345 --provider modelslab -o out/photo.edited.png");
    }

    @Test
    void quotesWhatAShellWouldSplitOrExpand() {
        assertThat(new ResumeCommand("a b", "fake", "it's $HOME.png", null, "my keys/modelslab.key", null))
                .hasToString("imgedit fetch 'a b' --provider fake -o 'it'\\''s $HOME.png' "
                        + "--api-key-file 'my keys/modelslab.key'");
    }

    @Test
    void quotesAJobIdThatLooksLikeAnOption() {
        assertThat(new ResumeCommand("-1", "fake", null, null, null, null)).hasToString("imgedit fetch '-1' --provider fake");
    }
}
