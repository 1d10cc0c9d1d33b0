package dev.imgedit.cli.internal.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Logback's configuration in code, found through {@code META-INF/services}: faster to start than parsing XML, which
 * a CLI pays on every run. Everything goes to standard error at WARN, since standard output is the command's result.
 * {@code -Dlogback.configurationFile=...} still wins, for whoever needs more.
 */
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext loggerContext) {
        // Without a status listener, Logback prints its own warnings (a broken -Dlogback.configurationFile, say) on
        // standard output, which belongs to the command's result, and to the protocol under 'imgedit mcp'.
        loggerContext.getStatusManager().add(new WarningsToStandardError());
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LineEncoder encoder = new LineEncoder();
        encoder.setContext(loggerContext);
        encoder.start();

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(loggerContext);
        appender.setName("stderr");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        Logger root = loggerContext.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * What the pattern {@code imgedit: %level %logger{0}: %msg%n} (and its implied stack trace) writes, without
     * PatternLayout, whose table of converters and pattern parser cost a cold start more than all else Logback does.
     */
    private static final class LineEncoder extends EncoderBase<ILoggingEvent> {

        @Override
        public byte @Nullable [] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder line = new StringBuilder(128).append("imgedit: ").append(event.getLevel()).append(' ')
                    .append(logger, logger.lastIndexOf('.') + 1, logger.length()).append(": ")
                    .append(event.getFormattedMessage()).append(System.lineSeparator());
            IThrowableProxy throwable = event.getThrowableProxy();
            if (throwable != null) {
                line.append(ThrowableProxyUtil.asString(throwable)).append(System.lineSeparator());
            }
            return line.toString().getBytes(Charset.defaultCharset());
        }

        @Override
        public byte @Nullable [] footerBytes() {
            return null;
        }
    }

    /** Logback's own warnings and errors, one line each on standard error; its chatter is dropped. */
    private static final class WarningsToStandardError implements StatusListener {
        @Override
        public void addStatusEvent(Status status) {
            if (status.getEffectiveLevel() >= Status.WARN) {
                System.err.println("imgedit: logging: " + status.getMessage());
            }
        }
    }
}
