package dev.imgedit.bfl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.bfl.faults.BflFaultStage;
import dev.imgedit.bfl.faults.BflKept;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.faults.FaultCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of the BFL fault matrix against the library: the fault really happens, the edit ends as the row says
 * (exception type and kind, one line saying what happened and what to do, no library names, never the key), exactly
 * the row's submits reached BFL (more than one only after 429s, which start nothing), what the caller needs to finish
 * without paying twice is kept, and no connection is left open.
 */
class FaultMatrixTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.imgedit.bfl.faults.FaultMatrix#cases")
    void eachFaultEndsAsTheMatrixSays(FaultCase<BflFaultStage, BflKept> row) throws InterruptedException {
        try (BflFaultStage stage = BflFaultStage.start()) {
            row.arming().accept(stage);
            Map<String, String> settings = stage.settings(row);
            EditResult result = null;
            ImageEditException failure = null;
            try (ImageEditProvider provider = new BflProviderFactory().create(ProviderConfig.of(settings))) {
                result = provider.edit(stage.request(row), row.timeout(), EditListener.NONE);
            } catch (ImageEditException e) {
                failure = e;
            }

            assertThat(row.exercised().test(stage)).as("the fault happened: " + row.evidence()).isTrue();
            assertThat(stage.submits()).as("submits that reached BFL").isEqualTo(row.submits());
            List<Integer> answers = stage.server().submitStatuses();
            if (answers.size() > 1) {
                assertThat(answers.subList(0, answers.size() - 1)).as("every submit sent again was refused first")
                        .containsOnly(429);
            }
            assertThat(stage.proxy().awaitOpenConnectionsAtMost(0, Duration.ofSeconds(5))).as("no connection left open")
                    .isTrue();
            if (row.succeeds()) {
                assertThat(failure).as("no failure").isNull();
                assertThat(result.images()).hasSize(1);
                return;
            }
            assertThat(failure).as("the edit fails").isNotNull();
            assertFailure(row, stage, failure, settings.get(BflProviderFactory.API_KEY));
        }
    }

    private static void assertFailure(FaultCase<BflFaultStage, BflKept> row, BflFaultStage stage,
            ImageEditException failure, String key) {
        assertThat(failure).isInstanceOf(row.exception());
        assertThat(failure.kind()).isEqualTo(row.kind());
        assertThat(failure.getCause()).as("no library exception attached").isNull();
        assertThat(failure.getMessage()).contains(row.message())
                .doesNotContain("\n", "\r", "feign", "Feign", "jackson", "Jackson", "java.net", "Exception", "sig=")
                .doesNotContain(key, stage.server().apiKey());
        List<String> tasks = stage.server().taskIds();
        switch (row.kept()) {
            case NOTHING -> {
                assertThat(failure.jobId()).as("no task to resume").isNull();
                assertThat(tasks).as("tasks made").isEmpty();
            }
            case ACCOUNT_HISTORY -> {
                assertThat(failure.getMessage()).contains("may have been accepted and charged", "was not sent again",
                        "dashboard.bfl.ai");
                assertThat(tasks).as("tasks the lost submit made").hasSizeLessThanOrEqualTo(1);
            }
            case TASK_ID, FAILED_TASK_ID, UNCHARGED_TASK -> {
                assertThat(tasks).as("tasks made").hasSize(1);
                assertThat(failure.jobId()).isEqualTo(tasks.get(0));
                assertThat(failure.getMessage()).contains(tasks.get(0));
                if (row.kept() == BflKept.TASK_ID) {
                    assertThat(failure.isRetriable()).as("worth resuming").isTrue();
                }
            }
            case OUTPUT -> throw new AssertionError(row + " fails but says it keeps the image");
        }
    }
}
