package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.modelslab.faults.ModelsLabFaultStage;
import dev.imgedit.modelslab.faults.ModelsLabKept;
import dev.imgedit.modelslab.internal.ModelsLabProvider;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.http.ProxiedRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of the fault matrix against the library: the fault is really injected (through the raw-socket proxy or
 * the scripted server), the edit ends as the row says (exception type and kind, one line naming what happened and
 * what to do), exactly the row's number of submits reached the server (more than one only after refusals that prove
 * nothing started), and what the caller needs to finish without paying twice is kept (the job id, or the track id
 * of a submit whose answer was lost). Waits between polls and retries run on a fake clock; network timeouts are real
 * and short.
 */
class FaultMatrixTest {
    private static final Set<Integer> PROVABLE_REFUSALS = Set.of(429, 503);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.imgedit.modelslab.faults.FaultMatrix#cases")
    void eachFaultEndsAsTheMatrixSays(FaultCase<ModelsLabFaultStage, ModelsLabKept> row) {
        try (ModelsLabFaultStage stage = ModelsLabFaultStage.start()) {
            row.arming().accept(stage);
            Map<String, String> settings = stage.settings(row);
            EditResult result = null;
            ImageEditException failure = null;
            try (ModelsLabProvider provider = TestProviders.open(ProviderConfig.of(settings), new FakeTiming())) {
                result = provider.edit(stage.request(row), row.timeout(), EditListener.NONE);
            } catch (ImageEditException e) {
                failure = e;
            }

            assertThat(row.exercised().test(stage)).as("the fault happened: " + row.evidence()).isTrue();
            assertSubmits(row, stage);
            if (row.succeeds()) {
                assertThat(failure).as("no failure").isNull();
                assertThat(result).isNotNull();
                assertThat(result.images()).hasSize(1);
                return;
            }
            assertThat(failure).as("the edit fails").isNotNull();
            assertFailure(row, stage, failure, settings.get(ModelsLabSettings.API_KEY));
        }
    }

    private static void assertSubmits(FaultCase<ModelsLabFaultStage, ModelsLabKept> row, ModelsLabFaultStage stage) {
        assertThat(stage.submits()).as("submits that reached the server").isEqualTo(row.submits());
        List<Integer> answers = stage.server().submitStatuses();
        if (answers.size() > 1) {
            assertThat(answers.subList(0, answers.size() - 1)).as("every resent submit was refused first")
                    .allMatch(PROVABLE_REFUSALS::contains);
        }
    }

    private static void assertFailure(FaultCase<ModelsLabFaultStage, ModelsLabKept> row, ModelsLabFaultStage stage,
            ImageEditException failure, String key) {
        assertThat(failure).isInstanceOf(row.exception());
        assertThat(failure.kind()).isEqualTo(row.kind());
        assertThat(failure.getCause()).as("no library exception attached").isNull();
        String message = failure.getMessage();
        assertThat(message).contains(row.message())
                .doesNotContain("\n", "\r", "feign", "Feign", "jackson", "Jackson", "java.net", "Exception")
                .doesNotContain(key, stage.server().apiKey());
        if (row.lostSubmit()) {
            assertLostSubmitIsTraceable(stage, (OutcomeUnknownException) failure);
        }
        if (row.kept() == ModelsLabKept.JOB_ID || row.kept() == ModelsLabKept.FAILED_JOB_ID) {
            String jobId = onlyJobId(stage);
            assertThat(failure.jobId()).isEqualTo(jobId);
            assertThat(message).contains(jobId);
            if (row.kept() == ModelsLabKept.JOB_ID) {
                assertThat(message).contains("resume");
                assertThat(failure.isRetriable()).as("worth resuming").isTrue();
            }
        }
        if (row.kept() == ModelsLabKept.NOTHING) {
            assertThat(failure.jobId()).as("no job to resume").isNull();
        }
    }

    /** The message says the edit may have been charged and names the track id that was sent, or the job id. */
    private static void assertLostSubmitIsTraceable(ModelsLabFaultStage stage, OutcomeUnknownException unknown) {
        String message = unknown.getMessage();
        assertThat(message).contains("may have been accepted and charged", "did not send it again");
        if (unknown.jobId() != null) {
            assertThat(message).contains("resume job " + unknown.jobId());
            return;
        }
        String trackId = unknown.trackId();
        assertThat(trackId).isNotBlank();
        assertThat(message).contains("track_id " + trackId);
        String sent = sentTrackId(stage);
        if (sent != null) {
            assertThat(trackId).as("the track id the submit carried").isEqualTo(sent);
        }
        stage.server().jobIdForTrackId(trackId).ifPresent(jobId -> assertThat(stage.server().submitCount())
                .as("the job made by the lost submit is the only one").isOne());
    }

    private static @Nullable String sentTrackId(ModelsLabFaultStage stage) {
        for (ProxiedRequest request : stage.proxy().requests()) {
            if (request.is(ModelsLabEndpoints.SUBMIT) && request.bodyRead()) {
                try {
                    return JSON.readTree(request.body()).path("track_id").asText(null);
                } catch (IOException e) {
                    throw new AssertionError("the submit was not JSON", e);
                }
            }
        }
        return null;
    }

    private static String onlyJobId(ModelsLabFaultStage stage) {
        List<String> submitted = stage.server().submits().stream()
                .map(submit -> stage.server().json(submit).path("track_id").asText())
                .map(trackId -> stage.server().jobIdForTrackId(trackId).orElseThrow())
                .toList();
        assertThat(submitted).as("jobs made").hasSize(1);
        return submitted.get(0);
    }
}
