package dev.imgedit.bfl.internal.settings;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.spi.Secret;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the provider talks to BFL, read from {@link ProviderConfig} names (the environment variables of the same
 * name); {@link #toString()} never shows the key. The names are published by {@code BflProviderFactory}.
 *
 * @param apiKey sent as the {@code x-key} header, only to the hosts {@link Hosts} allows
 * @param baseUrl {@value #BASE_URL}, else the host of {@value #REGION} (default {@code https://api.bfl.ai})
 * @param connectTimeout waiting for a connection
 * @param readTimeout waiting for an answer, and again for its whole body; a submit that gets no answer within it is
 *     not resent, so it is generous
 * @param pollMinInterval the first and shortest wait between two polls
 * @param pollMaxInterval the longest wait between two polls
 * @param maxRetries how many times a request BFL provably did not act on is sent again
 * @param maxRetryWait the longest wait before such a retry; BFL asking for longer is reported at once
 * @param maxDownloadBytes the largest output image downloaded
 * @param httpLog Feign's request log at DEBUG under {@code dev.imgedit.bfl.http}, the key masked
 */
public record Settings(
        Secret apiKey,
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration pollMinInterval,
        Duration pollMaxInterval,
        int maxRetries,
        Duration maxRetryWait,
        int maxDownloadBytes,
        feign.Logger.Level httpLog) {

    public static final String API_KEY = "BFL_API_KEY";
    public static final String BASE_URL = "BFL_BASE_URL";
    public static final String REGION = "BFL_REGION";
    public static final String CONNECT_TIMEOUT = "BFL_CONNECT_TIMEOUT";
    public static final String READ_TIMEOUT = "BFL_READ_TIMEOUT";
    public static final String POLL_MIN_INTERVAL = "BFL_POLL_MIN_INTERVAL";
    public static final String POLL_MAX_INTERVAL = "BFL_POLL_MAX_INTERVAL";
    public static final String MAX_RETRIES = "BFL_MAX_RETRIES";
    public static final String MAX_RETRY_WAIT = "BFL_MAX_RETRY_WAIT";
    public static final String MAX_DOWNLOAD_BYTES = "BFL_MAX_DOWNLOAD_BYTES";
    public static final String HTTP_LOG = "BFL_HTTP_LOG";

    public Settings {
        Objects.requireNonNull(apiKey, "apiKey is null");
        Objects.requireNonNull(httpLog, "httpLog is null");
        baseUrl = HttpUrls.requireBaseUrl(BASE_URL, Objects.requireNonNull(baseUrl, "baseUrl is null"));
        if (apiKey.reveal().chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
            // Never quoted: the message would carry the key.
            throw new AuthenticationException(API_KEY + " holds a space, a line break or a character outside ASCII, "
                    + "which an HTTP header cannot carry: copy the key again");
        }
        if (pollMinInterval.compareTo(pollMaxInterval) > 0) {
            throw new InvalidRequestException(POLL_MIN_INTERVAL + " (" + Durations.describe(pollMinInterval)
                    + ") is longer than " + POLL_MAX_INTERVAL + " (" + Durations.describe(pollMaxInterval)
                    + "): make the first at most the second");
        }
    }

    /**
     * @throws AuthenticationException when {@value #API_KEY} is not set
     * @throws InvalidRequestException naming the setting when one is malformed, or both the base URL and the region
     *     are set
     */
    public static Settings fromConfig(ProviderConfig config) {
        Secret apiKey = config.requireSecret(API_KEY, "Black Forest Labs API key");
        return new Settings(apiKey, baseUrl(config),
                config.duration(CONNECT_TIMEOUT).orElse(Duration.ofSeconds(10)),
                config.duration(READ_TIMEOUT).orElse(Duration.ofSeconds(60)),
                config.duration(POLL_MIN_INTERVAL).orElse(Duration.ofMillis(500)),
                config.duration(POLL_MAX_INTERVAL).orElse(Duration.ofSeconds(5)),
                config.integer(MAX_RETRIES, 0, 10).orElse(2),
                config.duration(MAX_RETRY_WAIT).orElse(Duration.ofSeconds(30)),
                config.integer(MAX_DOWNLOAD_BYTES, 1024, Integer.MAX_VALUE - 8).orElse(50 * 1024 * 1024),
                config.get(HTTP_LOG).map(Settings::parseHttpLog).orElse(feign.Logger.Level.NONE));
    }

    /**
     * {@value #BASE_URL}, else the host of {@value #REGION}, else the global host; read without the key.
     *
     * @throws InvalidRequestException when both are set or either is malformed
     */
    public static URI baseUrl(ProviderConfig config) {
        if (config.get(BASE_URL).isPresent() && config.get(REGION).isPresent()) {
            throw new InvalidRequestException("set " + BASE_URL + " or " + REGION + ", not both: the region names "
                    + "BFL's host itself");
        }
        return config.uri(BASE_URL)
                .orElseGet(() -> config.get(REGION).map(Region::parse).orElse(Region.GLOBAL).baseUrl());
    }

    @Override
    public String toString() {
        return "Settings[apiKey=****, baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", pollMinInterval=" + pollMinInterval + ", pollMaxInterval=" + pollMaxInterval
                + ", maxRetries=" + maxRetries + ", maxRetryWait=" + maxRetryWait + ", maxDownloadBytes="
                + maxDownloadBytes + ", httpLog=" + httpLog + "]";
    }

    private static feign.Logger.Level parseHttpLog(String text) {
        try {
            return feign.Logger.Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(HTTP_LOG + " '" + text + "' is not one of none, basic, headers, full");
        }
    }
}
