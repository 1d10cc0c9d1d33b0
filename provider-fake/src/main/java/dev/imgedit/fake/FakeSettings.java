package dev.imgedit.fake;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How the fake provider imitates a remote service: how slow it is, how long its jobs queue and how it fails. The
 * defaults make it answer at once and never fail.
 *
 * @param latency a delay applied at submit and at each status check while awaiting, as a network round trip would
 * @param queueChecks how many status checks answer "processing" before the job is done; 0 means done at submit
 * @param queueTime how long after submit the job is done at the earliest; zero means no wait
 * @param neverFinish whether jobs stay "processing" for ever, for timeout tests
 * @param failure the failure to imitate, one of {@link #FAILURE_KINDS}, or null for none
 */
public record FakeSettings(
        Duration latency, int queueChecks, Duration queueTime, boolean neverFinish, @Nullable ErrorKind failure) {

    /** A {@code Duration} such as {@code 250ms}, {@code 2s} or {@code PT1S}; default 0. */
    public static final String LATENCY = "IMGEDIT_FAKE_LATENCY";
    /** A whole number of status checks, 0 or more; default 0. */
    public static final String QUEUE_CHECKS = "IMGEDIT_FAKE_QUEUE_CHECKS";
    /** A duration; default 0. */
    public static final String QUEUE_TIME = "IMGEDIT_FAKE_QUEUE_TIME";
    /** {@code true} or {@code false}; default false. */
    public static final String NEVER_FINISH = "IMGEDIT_FAKE_NEVER_FINISH";
    /** An {@link ErrorKind} name from {@link #FAILURE_KINDS}, or {@code none}. */
    public static final String FAIL = "IMGEDIT_FAKE_FAIL";

    /**
     * The failures the fake can imitate. {@link ErrorKind#JOB_FAILED} and {@link ErrorKind#JOB_NOT_FOUND} happen
     * while awaiting a job that was accepted; the others are thrown by submit. {@link ErrorKind#OUTCOME_UNKNOWN}
     * accepts the job first, as a lost response would, so its exception carries a job id that can be resumed.
     */
    public static final Set<ErrorKind> FAILURE_KINDS = Set.copyOf(EnumSet.of(
            ErrorKind.INVALID_REQUEST,
            ErrorKind.AUTHENTICATION,
            ErrorKind.INSUFFICIENT_CREDITS,
            ErrorKind.RATE_LIMITED,
            ErrorKind.CONTENT_REJECTED,
            ErrorKind.PROVIDER_UNAVAILABLE,
            ErrorKind.OUTCOME_UNKNOWN,
            ErrorKind.UNSUPPORTED_FEATURE,
            ErrorKind.JOB_FAILED,
            ErrorKind.JOB_NOT_FOUND));

    private static final Pattern ZERO_DURATION = Pattern.compile("(?i)0+\\s*(ms|s|m|h)?|pt0+s");

    public FakeSettings {
        Objects.requireNonNull(latency, "latency is null");
        Objects.requireNonNull(queueTime, "queueTime is null");
        if (latency.isNegative() || queueTime.isNegative()) {
            throw new IllegalArgumentException("latency and queueTime must not be negative");
        }
        if (queueChecks < 0) {
            throw new IllegalArgumentException("queueChecks must not be negative, got " + queueChecks);
        }
        if (failure != null && !FAILURE_KINDS.contains(failure)) {
            throw new IllegalArgumentException("the fake cannot imitate " + failure + ": use one of " + kindNames());
        }
    }

    /** Answers at once, never fails. */
    public static FakeSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code IMGEDIT_FAKE_*} settings; unset ones keep their defaults.
     *
     * @throws InvalidRequestException naming the setting when a value is malformed
     */
    public static FakeSettings fromConfig(ProviderConfig config) {
        Builder builder = builder();
        durationSetting(config, LATENCY).ifPresent(builder::latency);
        config.get(QUEUE_CHECKS).map(text -> parseCount(QUEUE_CHECKS, text)).ifPresent(builder::queueChecks);
        durationSetting(config, QUEUE_TIME).ifPresent(builder::queueTime);
        config.get(NEVER_FINISH).map(text -> parseFlag(NEVER_FINISH, text)).ifPresent(builder::neverFinish);
        config.get(FAIL).ifPresent(text -> builder.failure(parseFailure(text)));
        return builder.build();
    }

    public Optional<ErrorKind> failureOption() {
        return Optional.ofNullable(failure);
    }

    /** Whether submit answers with a finished job, as a synchronous service would. */
    public boolean finishesAtSubmit() {
        return queueChecks == 0 && queueTime.isZero() && !neverFinish;
    }

    public Builder toBuilder() {
        return new Builder().latency(latency).queueChecks(queueChecks).queueTime(queueTime).neverFinish(neverFinish)
                .failure(failure);
    }

    private static Optional<Duration> durationSetting(ProviderConfig config, String name) {
        // Core's parser refuses zero, yet zero is the natural way to switch a delay off.
        return config.get(name).map(text -> ZERO_DURATION.matcher(text.strip()).matches()
                ? Duration.ZERO
                : ProviderConfig.parseDuration(name, text));
    }

    private static int parseCount(String name, String text) {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new InvalidRequestException(name + " must be a whole number of status checks, 0 or more, got '"
                + text + "'");
    }

    private static boolean parseFlag(String name, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new InvalidRequestException(name + " must be true or false, got '" + text + "'");
        };
    }

    private static @Nullable ErrorKind parseFailure(String text) {
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.equals("NONE")) {
            return null;
        }
        return Arrays.stream(ErrorKind.values())
                .filter(kind -> kind.name().equals(normalized) && FAILURE_KINDS.contains(kind))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(FAIL + " '" + text + "' is not a failure the fake "
                        + "can imitate: use one of " + kindNames() + " or none"));
    }

    private static String kindNames() {
        return FAILURE_KINDS.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** Builds {@link FakeSettings}; starts from the defaults. */
    public static final class Builder {
        private Duration latency = Duration.ZERO;
        private int queueChecks;
        private Duration queueTime = Duration.ZERO;
        private boolean neverFinish;
        private @Nullable ErrorKind failure;

        private Builder() {}

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder queueChecks(int queueChecks) {
            this.queueChecks = queueChecks;
            return this;
        }

        public Builder queueTime(Duration queueTime) {
            this.queueTime = queueTime;
            return this;
        }

        public Builder neverFinish(boolean neverFinish) {
            this.neverFinish = neverFinish;
            return this;
        }

        public Builder failure(@Nullable ErrorKind failure) {
            this.failure = failure;
            return this;
        }

        public FakeSettings build() {
            return new FakeSettings(latency, queueChecks, queueTime, neverFinish, failure);
        }
    }
}
