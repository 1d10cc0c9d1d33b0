package dev.imgedit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.modelslab.faults.ExitCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The documented exit codes (docs/cli.md) are written down once, in {@link ExitCodes}, next to the fault matrix that
 * renders them into docs/reliability.md: a provider may not depend on the CLI, so the table lives on the provider's
 * side and this test holds the CLI to it, kind by kind.
 */
class ExitCodeMapperTest {

    private static final List<ImageEditException> ONE_OF_EACH_KIND = List.of(
            new InvalidRequestException("bad"),
            new AuthenticationException("no key"),
            new InsufficientCreditsException("no credit"),
            new RateLimitedException("slow down", Duration.ofSeconds(5)),
            new ContentRejectedException("no"),
            new EditTimeoutException("too slow", "job-1", Duration.ofSeconds(1)),
            new JobFailedException("failed"),
            new ProviderUnavailableException("down"),
            new OutcomeUnknownException("lost", null, "track-1", null),
            new UnsupportedFeatureException("cannot"),
            new ProviderNotFoundException("unknown provider 'x'", List.of("fake")),
            new JobNotFoundException("no such job"));

    @Test
    void mapsEveryErrorKindToItsDocumentedExitCode() {
        Set<ErrorKind> covered = ONE_OF_EACH_KIND.stream().map(ImageEditException::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorKind.class)));
        assertThat(covered).as("a test exception for every kind").containsExactlyInAnyOrder(ErrorKind.values());

        assertThat(ONE_OF_EACH_KIND).allSatisfy(failure ->
                assertThat(ExitCodeMapper.exitCode(failure).code()).as(failure.kind().name())
                        .isEqualTo(ExitCodes.of(failure.kind())));
    }

    @Test
    void noProviderInstalledIsABrokenInstallationNotAUsageError() {
        ProviderNotFoundException none = new ProviderNotFoundException("no image-edit provider is installed", List.of());

        assertThat(ExitCodeMapper.exitCode(none)).isEqualTo(ExitCode.PROVIDER_FAILED);
        assertThat(ExitCodeMapper.kind(none)).isEqualTo("PROVIDER_NOT_FOUND");
    }

    @Test
    void localFailures() {
        assertThat(ExitCodeMapper.exitCode(CliException.invalid("x"))).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCodeMapper.exitCode(CliException.localIo("x"))).isEqualTo(ExitCode.LOCAL_IO);
        assertThat(ExitCodeMapper.exitCode(new UncheckedIOException(new IOException("disk full"))))
                .isEqualTo(ExitCode.LOCAL_IO);
        assertThat(ExitCodeMapper.kind(CliException.localIo("x"))).isEqualTo("LOCAL_IO");
    }

    @Test
    void anythingElseIsAnInternalErrorWhoseMessageIsNotShown() {
        IllegalStateException bug = new IllegalStateException("body: {\"key\":\"sk-123\"}");

        assertThat(ExitCodeMapper.exitCode(bug)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(ExitCodeMapper.kind(bug)).isEqualTo("INTERNAL_ERROR");
        assertThat(ExitCodeMapper.message(bug)).contains("internal error", "--debug").doesNotContain("sk-123");
    }

    @Test
    void messagesAreOneLine() {
        assertThat(ExitCodeMapper.message(new JobFailedException("the job failed:\n  out of memory\n")))
                .isEqualTo("the job failed: out of memory");
    }
}
