package dev.imgedit.modelslab;

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
 * How the ModelsLab provider talks to ModelsLab. Read from {@link ProviderConfig} names (the environment variables
 * of the same name) by {@link #fromConfig}, or built in code with {@link #builder}; either way a value out of range
 * fails naming its setting. {@link #toString()} never shows the key.
 *
 * @param apiKey the ModelsLab API key ({@value #API_KEY}); sent only in request bodies to {@code baseUrl}
 * @param baseUrl where the API lives ({@value #BASE_URL}, default {@code https://modelslab.com}); https, or http
 *     on a loopback address for test servers
 * @param modelId the model used when a request names none ({@value #MODEL_ID}, default {@code flux-kontext-pro}):
 *     one of the models the provider lists, or another model id, sent as given
 * @param connectTimeout how long to wait for a connection ({@value #CONNECT_TIMEOUT}, default 10 s)
 * @param readTimeout how long to wait for an answer ({@value #READ_TIMEOUT}, default 90 s); a submit that gets no
 *     answer within it is not resent, so it is generous
 * @param pollMinInterval the shortest wait between two polls ({@value #POLL_MIN_INTERVAL}, default 500 ms)
 * @param pollMaxInterval the longest wait between two polls ({@value #POLL_MAX_INTERVAL}, default 10 s)
 * @param maxDownloadBytes the largest output image downloaded ({@value #MAX_DOWNLOAD_BYTES}, default 50 MiB)
 * @param maxRetries how many times a request that provably did not start is sent again ({@value #MAX_RETRIES},
 *     default 2)
 * @param maxRetryWait the longest wait before such a retry ({@value #MAX_RETRY_WAIT}, default 60 s); a rate limit
 *     asking for longer is reported at once
 * @param httpLog how much of each API exchange to log at DEBUG ({@value #HTTP_LOG}, default none); the key is
 *     redacted at every level
 */
public record ModelsLabSettings(
        Secret apiKey,
        URI baseUrl,
        String modelId,
        Duration connectTimeout,
        Duration readTimeout,
        Duration pollMinInterval,
        Duration pollMaxInterval,
        long maxDownloadBytes,
        int maxRetries,
        Duration maxRetryWait,
        HttpLog httpLog) {

    public static final String API_KEY = "MODELSLAB_API_KEY";
    public static final String BASE_URL = "MODELSLAB_BASE_URL";
    public static final String MODEL_ID = "MODELSLAB_MODEL_ID";
    public static final String CONNECT_TIMEOUT = "MODELSLAB_CONNECT_TIMEOUT";
    public static final String READ_TIMEOUT = "MODELSLAB_READ_TIMEOUT";
    public static final String POLL_MIN_INTERVAL = "MODELSLAB_POLL_MIN_INTERVAL";
    public static final String POLL_MAX_INTERVAL = "MODELSLAB_POLL_MAX_INTERVAL";
    public static final String MAX_DOWNLOAD_BYTES = "MODELSLAB_MAX_DOWNLOAD_BYTES";
    public static final String MAX_RETRIES = "MODELSLAB_MAX_RETRIES";
    public static final String MAX_RETRY_WAIT = "MODELSLAB_MAX_RETRY_WAIT";
    public static final String HTTP_LOG = "MODELSLAB_HTTP_LOG";

    public static final URI DEFAULT_BASE_URL = URI.create("https://modelslab.com");
    public static final String DEFAULT_MODEL_ID = "flux-kontext-pro";
    public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
    private static final int MAX_RETRIES_LIMIT = 10;

    /** How much of each HTTP exchange with the API is logged, as Feign's levels; bodies are redacted. */
    public enum HttpLog {
        NONE,
        BASIC,
        HEADERS,
        FULL
    }

    public ModelsLabSettings {
        Objects.requireNonNull(apiKey, "apiKey is null");
        Objects.requireNonNull(baseUrl, "baseUrl is null");
        Objects.requireNonNull(modelId, "modelId is null");
        Objects.requireNonNull(httpLog, "httpLog is null");
        baseUrl = HttpUrls.requireBaseUrl(BASE_URL, baseUrl);
        if (modelId.isBlank() || modelId.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidRequestException(MODEL_ID + " must be one model id, such as " + DEFAULT_MODEL_ID
                    + ", got '" + modelId + "'");
        }
        requirePositive(CONNECT_TIMEOUT, connectTimeout);
        requirePositive(READ_TIMEOUT, readTimeout);
        requirePositive(POLL_MIN_INTERVAL, pollMinInterval);
        requirePositive(POLL_MAX_INTERVAL, pollMaxInterval);
        requirePositive(MAX_RETRY_WAIT, maxRetryWait);
        if (pollMinInterval.compareTo(pollMaxInterval) > 0) {
            throw new InvalidRequestException(POLL_MIN_INTERVAL + " (" + Durations.describe(pollMinInterval)
                    + ") is longer than " + POLL_MAX_INTERVAL + " (" + Durations.describe(pollMaxInterval)
                    + "): make the first at most the second");
        }
        if (maxDownloadBytes <= 0) {
            throw new InvalidRequestException(MAX_DOWNLOAD_BYTES + " must be positive, got " + maxDownloadBytes);
        }
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new InvalidRequestException(MAX_RETRIES + " must be between 0 and " + MAX_RETRIES_LIMIT
                    + ", got " + maxRetries);
        }
    }

    /** The defaults, with {@code apiKey}. */
    public static ModelsLabSettings defaults(Secret apiKey) {
        return builder(apiKey).build();
    }

    /** A builder with the required key; everything else starts at its default. */
    public static Builder builder(Secret apiKey) {
        return new Builder(apiKey);
    }

    /** A builder holding these settings, to derive others. */
    public Builder toBuilder() {
        return new Builder(apiKey).baseUrl(baseUrl).modelId(modelId).connectTimeout(connectTimeout)
                .readTimeout(readTimeout).pollMinInterval(pollMinInterval).pollMaxInterval(pollMaxInterval)
                .maxDownloadBytes(maxDownloadBytes).maxRetries(maxRetries).maxRetryWait(maxRetryWait).httpLog(httpLog);
    }

    /**
     * Reads the settings named by the constants of this class; unset ones take their defaults.
     *
     * @throws AuthenticationException when {@value #API_KEY} is not set
     * @throws InvalidRequestException naming the setting when one is malformed
     */
    public static ModelsLabSettings fromConfig(ProviderConfig config) {
        Builder settings = builder(config.requireSecret(API_KEY, "ModelsLab API key"));
        config.uri(BASE_URL).ifPresent(settings::baseUrl);
        config.get(MODEL_ID).ifPresent(settings::modelId);
        config.duration(CONNECT_TIMEOUT).ifPresent(settings::connectTimeout);
        config.duration(READ_TIMEOUT).ifPresent(settings::readTimeout);
        config.duration(POLL_MIN_INTERVAL).ifPresent(settings::pollMinInterval);
        config.duration(POLL_MAX_INTERVAL).ifPresent(settings::pollMaxInterval);
        config.get(MAX_DOWNLOAD_BYTES).map(ModelsLabSettings::parseByteCount).ifPresent(settings::maxDownloadBytes);
        config.integer(MAX_RETRIES, 0, MAX_RETRIES_LIMIT).ifPresent(settings::maxRetries);
        config.duration(MAX_RETRY_WAIT).ifPresent(settings::maxRetryWait);
        config.get(HTTP_LOG).map(ModelsLabSettings::parseHttpLog).ifPresent(settings::httpLog);
        return settings.build();
    }

    @Override
    public String toString() {
        return "ModelsLabSettings[apiKey=****, baseUrl=" + baseUrl + ", modelId=" + modelId + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", pollMinInterval=" + pollMinInterval
                + ", pollMaxInterval=" + pollMaxInterval + ", maxDownloadBytes=" + maxDownloadBytes + ", maxRetries="
                + maxRetries + ", maxRetryWait=" + maxRetryWait + ", httpLog=" + httpLog + "]";
    }

    private static void requirePositive(String name, Duration duration) {
        Objects.requireNonNull(duration, name + " is null");
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidRequestException(name + " must be positive, got " + duration);
        }
    }

    private static long parseByteCount(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (normalized.endsWith("MB") || normalized.endsWith("MIB")) {
            unit = 1024L * 1024;
        } else if (normalized.endsWith("KB") || normalized.endsWith("KIB")) {
            unit = 1024L;
        }
        String digits = normalized.replaceAll("[A-Z]+$", "");
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidRequestException(MAX_DOWNLOAD_BYTES + " '" + text
                    + "' is not a size: write it like 52428800, 50MB or 512KB");
        }
    }

    private static HttpLog parseHttpLog(String text) {
        try {
            return HttpLog.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(HTTP_LOG + " '" + text + "' is not one of none, basic, headers, full");
        }
    }

    /** Builds {@link ModelsLabSettings}; every setter replaces what was set before. */
    public static final class Builder {
        private final Secret apiKey;
        private URI baseUrl = DEFAULT_BASE_URL;
        private String modelId = DEFAULT_MODEL_ID;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(90);
        private Duration pollMinInterval = Duration.ofMillis(500);
        private Duration pollMaxInterval = Duration.ofSeconds(10);
        private long maxDownloadBytes = DEFAULT_MAX_DOWNLOAD_BYTES;
        private int maxRetries = 2;
        private Duration maxRetryWait = Duration.ofSeconds(60);
        private HttpLog httpLog = HttpLog.NONE;

        private Builder(Secret apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey is null");
        }

        /** Default: {@code https://modelslab.com}. */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Default: {@value ModelsLabSettings#DEFAULT_MODEL_ID}. */
        public Builder modelId(String modelId) {
            this.modelId = modelId;
            return this;
        }

        /** Default: 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Default: 90 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** Default: 500 ms. */
        public Builder pollMinInterval(Duration pollMinInterval) {
            this.pollMinInterval = pollMinInterval;
            return this;
        }

        /** Default: 10 s. */
        public Builder pollMaxInterval(Duration pollMaxInterval) {
            this.pollMaxInterval = pollMaxInterval;
            return this;
        }

        /** Default: 50 MiB. */
        public Builder maxDownloadBytes(long maxDownloadBytes) {
            this.maxDownloadBytes = maxDownloadBytes;
            return this;
        }

        /** Default: 2. */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** Default: 60 s. */
        public Builder maxRetryWait(Duration maxRetryWait) {
            this.maxRetryWait = maxRetryWait;
            return this;
        }

        /** Default: {@link HttpLog#NONE}. */
        public Builder httpLog(HttpLog httpLog) {
            this.httpLog = httpLog;
            return this;
        }

        /** @throws InvalidRequestException naming the setting whose value is out of range */
        public ModelsLabSettings build() {
            return new ModelsLabSettings(apiKey, baseUrl, modelId, connectTimeout, readTimeout, pollMinInterval,
                    pollMaxInterval, maxDownloadBytes, maxRetries, maxRetryWait, httpLog);
        }
    }
}
