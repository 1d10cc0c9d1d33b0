package dev.imgedit.modelslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditResult;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.testkit.http.BlockedPort;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The time a submit is allowed bounds its uploads and waits too: once it has run out, the paid request is not sent,
 * and a timeout says that nothing was charged. An await's timeout says what was last known of the job. A time past
 * any practical limit is no limit, never an overflow.
 */
class ModelsLabTimeLimitTest extends ModelsLabServerFixture {
    private static final Reply SLOW_UPLOAD = Reply.json("{\"status\":\"success\",\"id\":1,"
            + "\"output\":[\"${base}/uploads/slow.png\"]}").delayed(Duration.ofMillis(2500));

    @Test
    void anUploadThatOutlastsTheTimeAllowedIsCutAndNothingIsSubmitted() {
        server.rejectNextUploads(SLOW_UPLOAD).enqueue(JobScript.immediateSuccess());

        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> provider.submit(request(), Duration.ofMillis(500), EditListener.NONE));

        assertThat(timeout.getMessage()).contains("500 ms", "uploading", "not submitted", "nothing was charged",
                "the time left");
        assertThat(timeout.kind()).isEqualTo(ErrorKind.TIMED_OUT);
        assertThat(timeout.jobId()).isNull();
        assertThat(server.submitCount()).isZero();
    }

    @Test
    void aSubmitIsNotSentOnceTheTimeAllowedHasRunOut() {
        server.rejectNextSubmits(ModelsLabReplies.rateLimited(1)).enqueue(JobScript.immediateSuccess());
        EditListener slowWait = new EditListener() {
            @Override
            public void onWaiting(Duration wait, String reason) {
                timing.advance(Duration.ofSeconds(1));
            }
        };

        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> provider.submit(request(), Duration.ofMillis(1500), slowWait));

        assertThat(timeout.getMessage()).contains("1.5 s", "before submitting", "nothing was charged");
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void aTimeAllowedPastAnyPracticalLimitIsNoLimit() {
        server.enqueue(JobScript.immediateSuccess());
        Duration huge = Duration.parse("PT999999999H");

        EditJob job = provider.submit(request(), huge, EditListener.NONE);
        EditResult result = provider.await(job, huge);

        assertThat(result.images()).isNotEmpty();
        assertThat(server.submitCount()).isOne();
    }

    @Test
    void anAwaitWhosePollsWereNeverAnsweredSaysSoWhenItTimesOut() {
        reopen(Map.of(ModelsLabSettings.BASE_URL, BlockedPort.refusingUrl().toString(),
                ModelsLabSettings.MAX_RETRIES, "0", ModelsLabSettings.POLL_MIN_INTERVAL, "1s",
                ModelsLabSettings.POLL_MAX_INTERVAL, "2s"));

        EditTimeoutException timeout = catchThrowableOfType(EditTimeoutException.class,
                () -> provider.await(provider.resume("fake-abc"), Duration.ofSeconds(2)));

        assertThat(timeout.getMessage()).contains("fake-abc", "no poll was answered", "last: connection refused")
                .doesNotContain("still processing");
        assertThat(timeout.kind()).isEqualTo(ErrorKind.TIMED_OUT);
        assertThat(timeout.jobId()).isEqualTo("fake-abc");
    }
}
