package dev.imgedit.modelslab.internal.redaction;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response log, written to SLF4J at DEBUG under {@value #LOGGER_NAME}, with the API key
 * redacted from every line (URL, headers, bodies, errors) and long base64 runs (uploaded images) shortened.
 */
public final class RedactingFeignLogger extends feign.Logger {
    static final String LOGGER_NAME = "dev.imgedit.modelslab.http";

    private static final Logger LOGGER = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Pattern LONG_BASE64 = Pattern.compile("[A-Za-z0-9+/]{200,}={0,2}");

    private final Redactor redactor;

    public RedactingFeignLogger(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (!LOGGER.isDebugEnabled()) {
            return;
        }
        String line = methodTag(configKey) + String.format(format, args);
        String shortened = LONG_BASE64.matcher(line)
                .replaceAll(match -> "<" + match.group().length() + " base64 characters>");
        LOGGER.debug("{}", redactor.redact(shortened));
    }
}
