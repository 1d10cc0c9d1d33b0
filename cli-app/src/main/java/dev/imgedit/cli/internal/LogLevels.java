package dev.imgedit.cli.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Switches Logback between the quiet default (WARN) and --debug (DEBUG). */
final class LogLevels {
    private LogLevels() {}

    static void apply(boolean debug) {
        org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // Another SLF4J backend (an embedding test, say) keeps its own levels.
        if (root instanceof Logger logbackRoot) {
            logbackRoot.setLevel(debug ? Level.DEBUG : Level.WARN);
        }
    }
}
