package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** How loud the log is: WARN, DEBUG with --debug, or whatever IMGEDIT_LOG_LEVEL says, up to TRACE. */
class LogLevelTest {
    @TempDir
    Path directory;

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @AfterEach
    void quietAgain() {
        root.setLevel(Level.WARN);
    }

    @Test
    void warnByDefaultAndDebugWithTheDebugOption() {
        new CommandRunner(directory).run("providers");
        assertThat(root.getLevel()).isEqualTo(Level.WARN);

        new CommandRunner(directory).run("--debug", "providers");
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    }

    @Test
    void theVariableReachesTrace() {
        CommandRun run = new CommandRunner(directory).with("IMGEDIT_LOG_LEVEL", "TRACE").run("providers");

        assertThat(run.exitCode()).isZero();
        assertThat(root.getLevel()).isEqualTo(Level.TRACE);
    }

    @Test
    void anUnknownLevelIsAWarningNotAnError() {
        CommandRun run = new CommandRunner(directory).with("IMGEDIT_LOG_LEVEL", "loud").run("--debug", "providers");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("imgedit: warning: IMGEDIT_LOG_LEVEL 'loud' is not one of trace, "
                + "debug, info, warn, error, off: using debug");
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    }
}
