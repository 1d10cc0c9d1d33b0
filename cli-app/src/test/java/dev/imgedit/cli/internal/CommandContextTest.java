package dev.imgedit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandContextTest {

    @Test
    void toStringShowsNoEnvironmentValueSoNoKey() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        CommandContext context = new CommandContext(Map.of("MODELSLAB_API_KEY", "sk-context-secret"),
                new ByteArrayInputStream(new byte[0]), sink, sink, Path.of("/work"), false, null);

        assertThat(context.toString()).contains("1 variables", "/work")
                .doesNotContain("sk-context-secret", "MODELSLAB_API_KEY");
    }
}
