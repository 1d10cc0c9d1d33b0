package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code IMGEDIT_FAKE_FAIL} makes the fake fail in each way a real provider fails, with core's exception for it. */
class FakeFailuresTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Map<ErrorKind, Class<? extends ImageEditException>> EXCEPTIONS = Map.of(
            ErrorKind.INVALID_REQUEST, InvalidRequestException.class,
            ErrorKind.AUTHENTICATION, AuthenticationException.class,
            ErrorKind.INSUFFICIENT_CREDITS, InsufficientCreditsException.class,
            ErrorKind.RATE_LIMITED, RateLimitedException.class,
            ErrorKind.CONTENT_REJECTED, ContentRejectedException.class,
            ErrorKind.PROVIDER_UNAVAILABLE, ProviderUnavailableException.class,
            ErrorKind.OUTCOME_UNKNOWN, OutcomeUnknownException.class,
            ErrorKind.UNSUPPORTED_FEATURE, UnsupportedFeatureException.class,
            ErrorKind.JOB_FAILED, JobFailedException.class,
            ErrorKind.JOB_NOT_FOUND, JobNotFoundException.class);

    private static ImageEditProvider failing(ErrorKind kind) {
        return new FakeProviderFactory().create(ProviderConfig.of(Map.of(FakeSettings.FAIL, kind.name())));
    }

    private static EditRequest request() {
        return EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow").build();
    }

    @Test
    void everyImitableKindHasItsException() {
        assertThat(EXCEPTIONS.keySet()).isEqualTo(FakeSettings.FAILURE_KINDS);
    }

    @ParameterizedTest
    @EnumSource(value = ErrorKind.class, names = {"INVALID_REQUEST", "AUTHENTICATION", "INSUFFICIENT_CREDITS",
            "RATE_LIMITED", "CONTENT_REJECTED", "PROVIDER_UNAVAILABLE", "OUTCOME_UNKNOWN", "UNSUPPORTED_FEATURE"})
    void aSubmitFailureIsThrownBySubmitAsItsOwnException(ErrorKind kind) {
        try (ImageEditProvider provider = failing(kind)) {
            assertThatThrownBy(() -> provider.submit(request()))
                    .isInstanceOf(EXCEPTIONS.get(kind))
                    .hasMessageContaining(FakeSettings.FAIL)
                    .satisfies(thrown -> assertThat(((ImageEditException) thrown).kind()).isEqualTo(kind));
            assertThat(((FakeImageEditProvider) provider).submitsReceived()).as("the request reached the service")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ErrorKind.class, names = {"JOB_FAILED", "JOB_NOT_FOUND"})
    void aJobFailureComesWhileAwaitingAnAcceptedJob(ErrorKind kind) {
        try (ImageEditProvider provider = failing(kind)) {
            EditJob job = provider.submit(request());

            assertThatThrownBy(() -> provider.await(job, TIMEOUT))
                    .isInstanceOf(EXCEPTIONS.get(kind))
                    .satisfies(thrown -> {
                        assertThat(((ImageEditException) thrown).kind()).isEqualTo(kind);
                        assertThat(((ImageEditException) thrown).jobId()).isEqualTo(job.id());
                    });
        }
    }

    @Test
    void aRateLimitSaysWhenToRetry() {
        try (ImageEditProvider provider = failing(ErrorKind.RATE_LIMITED)) {
            RateLimitedException limited = catchThrowableOfType(RateLimitedException.class,
                    () -> provider.submit(request()));
            assertThat(limited.retryAfter()).isNotNull();
            assertThat(limited.isRetriable()).isTrue();
        }
    }

    @Test
    void anUnknownOutcomeStillNamesAJobThatCanBeResumed() {
        try (ImageEditProvider provider = failing(ErrorKind.OUTCOME_UNKNOWN)) {
            OutcomeUnknownException unknown = catchThrowableOfType(OutcomeUnknownException.class,
                    () -> provider.submit(request()));
            assertThat(unknown.trackId()).isNotBlank();
            String jobId = unknown.jobId();
            assertThat(jobId).isNotNull();
            assertThat(unknown).hasMessageContaining(jobId);
            assertThat(provider.await(provider.resume(jobId), TIMEOUT).jobId()).isEqualTo(jobId);
        }
    }

    @Test
    void failuresComeAfterTheLocalChecks() {
        try (ImageEditProvider provider = failing(ErrorKind.AUTHENTICATION)) {
            EditRequest webp = EditRequest.builder(Pictures.input(TestImages.scene(64, 48)), "snow")
                    .outputFormat(dev.imgedit.ImageType.WEBP).build();
            assertThatThrownBy(() -> provider.submit(webp)).isInstanceOf(UnsupportedFeatureException.class);
            assertThat(((FakeImageEditProvider) provider).submitsReceived()).isZero();
        }
    }
}
