package dev.imgedit.testkit.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Every log event from {@link #start()} to {@link #close()}, at every level down to TRACE, kept in memory as text:
 * the root logger's level is lowered to TRACE and its appenders are set aside (so the console stays quiet), and
 * closing puts both back. For a test that checks what a log could show, such as no form of a key.
 *
 * <pre>{@code
 * try (TraceLog log = TraceLog.start()) {
 *     ... run the provider with its HTTP log on ...
 *     seen.keepAll(log.lines());
 * }
 * }</pre>
 */
public final class TraceLog implements AutoCloseable {
    private final Logger root;
    private final @Nullable Level level;
    private final List<Appender<ILoggingEvent>> setAside = new ArrayList<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private TraceLog() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        level = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(setAside::add);
        setAside.forEach(root::detachAppender);
        events.setContext(root.getLoggerContext());
        events.start();
        root.addAppender(events);
        root.setLevel(Level.TRACE);
    }

    public static TraceLog start() {
        return new TraceLog();
    }

    /** One text per event so far, in order: its message, then its stack trace in full when it has one. */
    public List<String> lines() {
        List<ILoggingEvent> copy;
        // An appender appends under its own lock: a copy taken under it sees no append half done, even from a
        // thread still logging.
        synchronized (events) {
            copy = List.copyOf(events.list);
        }
        return copy.stream().map(TraceLog::text).toList();
    }

    @Override
    public void close() {
        root.detachAppender(events);
        events.stop();
        setAside.forEach(root::addAppender);
        root.setLevel(level);
    }

    private static String text(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return thrown == null ? event.getFormattedMessage()
                : event.getFormattedMessage() + "\n" + ThrowableProxyUtil.asString(thrown);
    }
}
