package dev.imgedit.cli.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.imgedit.cli.internal.CommandContext;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Sets Logback's level for a run: {@value #VARIABLE} when set (up to TRACE, which also shows the provider's HTTP log
 * lines), else DEBUG with --debug, else the quiet WARN. Every level is redacted by the providers; TRACE is there
 * for bug reports, not for everyday use.
 */
public final class LogLevels {
    /** The environment variable that picks the level: trace, debug, info, warn, error or off. */
    static final String VARIABLE = "IMGEDIT_LOG_LEVEL";

    private static final Set<String> NAMES = Set.of("trace", "debug", "info", "warn", "error", "off");

    private LogLevels() {}

    public static void apply(boolean debug, CommandContext context) {
        org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // Another SLF4J backend (an embedding test, say) keeps its own levels.
        if (root instanceof Logger logbackRoot) {
            logbackRoot.setLevel(level(debug, context));
        }
    }

    private static Level level(boolean debug, CommandContext context) {
        Level fallback = debug ? Level.DEBUG : Level.WARN;
        String requested = context.environment().get(VARIABLE);
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        String name = requested.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            context.warning(VARIABLE + " '" + requested + "' is not one of trace, debug, info, warn, error, off: "
                    + "using " + fallback.levelStr.toLowerCase(Locale.ROOT));
            return fallback;
        }
        return Level.toLevel(name, fallback);
    }
}
