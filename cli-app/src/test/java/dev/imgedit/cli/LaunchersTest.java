package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/imgedit (sh) and bin/imgedit.cmd (Windows, which no test here can run) start the same JVM the same way: the
 * same options, the installation folder, every jar in lib/, the same main class and all the arguments.
 */
class LaunchersTest {
    private static final Path BIN = BuildFiles.root().resolve("cli-app/src/main/dist/bin");
    private static final Pattern JVM_OPTION = Pattern.compile("^\\s*(-X\\S+|-D[a-z.]+=true)\\s*[\\\\^]?\\s*$");

    @Test
    void bothLaunchersPassTheSameJvmOptionsAndMainClass() throws IOException {
        List<String> posix = Files.readAllLines(BIN.resolve("imgedit"));
        List<String> windows = Files.readAllLines(BIN.resolve("imgedit.cmd"));

        assertThat(jvmOptions(windows)).isNotEmpty().containsExactlyElementsOf(jvmOptions(posix));
        assertThat(String.join("\n", posix)).contains("dev.imgedit.cli.ImgeditMain \"$@\"", "-Dimgedit.home=");
        assertThat(String.join("\n", windows)).contains("dev.imgedit.cli.ImgeditMain %*", "-Dimgedit.home=",
                "%IMGEDIT_JAVA_OPTS%", "lib\\*", "JAVA_HOME");
    }

    private static List<String> jvmOptions(List<String> lines) {
        return lines.stream().map(JVM_OPTION::matcher).filter(Matcher::matches).map(matcher -> matcher.group(1))
                .toList();
    }
}
