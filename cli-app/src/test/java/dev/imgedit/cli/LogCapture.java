package dev.imgedit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the in-process CLI logs, formatted as its console appender does plus every stack trace in full, kept
 * in memory instead of printed. Closing it puts the previous appenders back.
 */
final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private final OutputStreamAppender<ILoggingEvent> capture = new OutputStreamAppender<>();
    private final Logger root;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("imgedit: %level %logger: %msg%n%ex{full}");
        encoder.start();
        capture.setContext(context);
        capture.setEncoder(encoder);
        capture.setOutputStream(log);
        capture.start();
        root.addAppender(capture);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** The root logger's level, as the CLI set it from its options and IMGEDIT_LOG_LEVEL. */
    Level rootLevel() {
        return root.getLevel();
    }

    String text() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        root.detachAppender(capture);
        capture.stop();
        detached.forEach(root::addAppender);
        root.setLevel(Level.WARN);
    }
}
