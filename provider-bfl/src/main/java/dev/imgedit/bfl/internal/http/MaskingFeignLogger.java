package dev.imgedit.bfl.internal.http;

import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response log ({@value Settings#HTTP_LOG}), written to SLF4J at DEBUG under
 * {@value #LOGGER_NAME} with the key masked in every line (the {@code x-key} header, bodies, errors) and long base64
 * runs (inline input images) shortened to their length.
 */
final class MaskingFeignLogger extends feign.Logger {
    static final String LOGGER_NAME = "dev.imgedit.bfl.http";

    private static final Logger LOGGER = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Pattern LONG_BASE64 = Pattern.compile("[A-Za-z0-9+/]{200,}={0,2}");

    private final KeyMask mask;

    MaskingFeignLogger(KeyMask mask) {
        this.mask = mask;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (LOGGER.isDebugEnabled()) {
            String line = LONG_BASE64.matcher(methodTag(configKey) + String.format(format, args))
                    .replaceAll(match -> "<" + match.group().length() + " base64 characters>");
            LOGGER.debug("{}", mask.mask(line));
        }
    }
}
