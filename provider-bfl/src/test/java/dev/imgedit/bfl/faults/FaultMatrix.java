package dev.imgedit.bfl.faults;

import static dev.imgedit.exception.ErrorKind.AUTHENTICATION;
import static dev.imgedit.exception.ErrorKind.CONTENT_REJECTED;
import static dev.imgedit.exception.ErrorKind.INSUFFICIENT_CREDITS;
import static dev.imgedit.exception.ErrorKind.INVALID_REQUEST;
import static dev.imgedit.exception.ErrorKind.JOB_FAILED;
import static dev.imgedit.exception.ErrorKind.JOB_NOT_FOUND;
import static dev.imgedit.exception.ErrorKind.OUTCOME_UNKNOWN;
import static dev.imgedit.exception.ErrorKind.PROVIDER_UNAVAILABLE;
import static dev.imgedit.exception.ErrorKind.RATE_LIMITED;
import static dev.imgedit.exception.ErrorKind.TIMED_OUT;

import dev.imgedit.bfl.BflProviderFactory;
import dev.imgedit.bfl.testserver.BflEndpoints;
import dev.imgedit.bfl.testserver.BflReplies;
import dev.imgedit.bfl.testserver.Output;
import dev.imgedit.bfl.testserver.TaskScript;
import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.ContentRejectedException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.http.Endpoint;
import dev.imgedit.testkit.http.Fault;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every fault the BFL provider is tested against, in the order of docs/bfl.md's table: the connection, the submit's
 * connection, BFL's answers to the submit, the task, the polls, the image download. Rows that end in success show a
 * fault that is safely retried.
 */
public final class FaultMatrix {
    private static final String LOST = "may have been accepted and charged";
    private static final String SHORT_READ_TIMEOUT = "300ms";
    /** How long an edit may wait, unless a row says otherwise: every row's job finishes at once. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private FaultMatrix() {}

    public static List<FaultCase<BflFaultStage, BflKept>> cases() {
        List<FaultCase<BflFaultStage, BflKept>> cases = new ArrayList<>();
        cases.add(row("connection-refused", "nothing listens on the base URL's port")
                .input(FaultCase.Input.URL).arm(BflFaultStage::refuseConnections).submits(0)
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "connection refused", BflKept.NOTHING)
                .exercised("the port refuses connections", BflFaultStage::stillRefuses).build());
        cases.add(row("connect-timeout", "the port never accepts: every connect times out "
                        + "(`BFL_CONNECT_TIMEOUT` 250ms)")
                .input(FaultCase.Input.URL).setting(BflProviderFactory.CONNECT_TIMEOUT, "250ms")
                .arm(BflFaultStage::blockConnections)
                .submits(0)
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "no connection to", BflKept.NOTHING)
                .exercised("the port makes connections wait", BflFaultStage::stillBlocks).build());

        cases.add(lostSubmit("submit-reset-before-body", "the submit's head arrives, then the connection is reset "
                + "before its body", Fault.RESET_BEFORE_BODY, LOST).build());
        cases.add(lostSubmit("submit-reset-after-body", "the whole submit arrives, then the connection is reset",
                Fault.RESET_AFTER_BODY, LOST).build());
        cases.add(lostSubmit("submit-reset-mid-answer", "the submit reaches BFL and makes a task; the answer is "
                + "reset halfway", Fault.RESET_MID_ANSWER, "Connection reset").build());
        cases.add(lostSubmit("submit-closed-without-answer", "the whole submit arrives, then the connection closes "
                + "without a byte", Fault.CLOSE_WITHOUT_ANSWER, "Unexpected end of file").build());
        cases.add(lostSubmit("submit-random-bytes", "the submit is answered with random bytes",
                Fault.RANDOM_BYTES_THEN_CLOSE, "was not HTTP").build());
        cases.add(lostSubmit("submit-malformed-chunk", "the submit is answered HTTP 200, then a chunk whose size is "
                + "not a number", Fault.MALFORMED_CHUNK, "the answer broke off").build());
        cases.add(lostSubmit("submit-answer-cut-short", "the submit reaches BFL; its answer stops halfway and the "
                + "connection closes", Fault.CUT_SHORT, "bytes had arrived").build());
        cases.add(lostSubmit("submit-read-timeout", "the submit gets no answer within `BFL_READ_TIMEOUT` (300ms)",
                Fault.STALL, "within 300 ms").setting(BflProviderFactory.READ_TIMEOUT, SHORT_READ_TIMEOUT).build());
        cases.add(lostSubmit("submit-answer-dribbled", "the submit reaches BFL; its answer trickles in a byte every "
                + "50 ms, past `BFL_READ_TIMEOUT` (300ms) in all", Fault.DRIBBLE_BODY, "did not arrive in full")
                .setting(BflProviderFactory.READ_TIMEOUT, SHORT_READ_TIMEOUT).build());

        cases.add(refused("submit-http-500", "HTTP 500", BflReplies.serverError())
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "HTTP 500", BflKept.NOTHING).build());
        cases.add(refused("submit-http-502", "HTTP 502 from a gateway (BFL behind it may have acted)",
                        Reply.html(502, "<html><head><title>502 Bad Gateway</title></head></html>"))
                .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "502 Bad Gateway", BflKept.ACCOUNT_HISTORY)
                .build());
        cases.add(refused("submit-http-503", "HTTP 503: not sent again, as BFL's own client does not",
                        BflReplies.unavailable())
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "HTTP 503", BflKept.NOTHING).build());
        cases.add(refused("submit-429-every-time", "HTTP 429, the concurrency limit, every time",
                        BflReplies.concurrencyLimit(), BflReplies.concurrencyLimit(), BflReplies.concurrencyLimit())
                .submits(3)
                .fails(RateLimitedException.class, RATE_LIMITED, "tried 3 times", BflKept.NOTHING).build());
        cases.add(refused("submit-429-once", "HTTP 429 once, then the submit is accepted",
                        BflReplies.concurrencyLimit())
                .submits(2).build());
        cases.add(refused("submit-429-long-retry-after", "HTTP 429 with `Retry-After: 30`, longer than "
                        + "`BFL_MAX_RETRY_WAIT`", BflReplies.concurrencyLimit().withHeader("Retry-After", "30"))
                .fails(RateLimitedException.class, RATE_LIMITED, "try again in 30 s", BflKept.NOTHING).build());
        cases.add(refused("submit-http-402", "HTTP 402: the account has too few credits",
                        BflReplies.insufficientCredits())
                .fails(InsufficientCreditsException.class, INSUFFICIENT_CREDITS, "add credits", BflKept.NOTHING)
                .build());
        cases.add(row("submit-http-403", "HTTP 403: the key is wrong")
                .input(FaultCase.Input.URL).setting(BflProviderFactory.API_KEY, "bfl-wrong-key-0123456789")
                .fails(AuthenticationException.class, AUTHENTICATION, "BFL_API_KEY", BflKept.NOTHING)
                .exercised("the server answered a submit 403", answered(403)).build());
        cases.add(refused("submit-http-422", "HTTP 422 naming a field", Reply.json(422, "{\"detail\":[{\"loc\":"
                        + "[\"body\",\"safety_tolerance\"],\"msg\":\"Input should be less than or equal to 6\","
                        + "\"type\":\"less_than_equal\"}]}"))
                .fails(InvalidRequestException.class, INVALID_REQUEST, "the field safety_tolerance", BflKept.NOTHING)
                .build());
        cases.add(refused("submit-not-json", "HTTP 200 with a body that is not JSON", Reply.json(200, "{\"id\": ab"))
                .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "without a task id", BflKept.ACCOUNT_HISTORY)
                .build());
        cases.add(refused("submit-redirect", "HTTP 307 to another host", Reply.json(307, "")
                        .withHeader("Location", "https://elsewhere.example/v1/flux-kontext-pro"))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "does not follow", BflKept.NOTHING)
                .build());

        cases.add(task("task-request-moderated", "the task is `Request Moderated`", TaskScript.requestModerated())
                .fails(ContentRejectedException.class, CONTENT_REJECTED, "does not charge", BflKept.UNCHARGED_TASK)
                .build());
        cases.add(task("task-content-moderated", "the task is `Pending`, then `Content Moderated`",
                        TaskScript.contentModerated(1))
                .fails(ContentRejectedException.class, CONTENT_REJECTED, "does not charge", BflKept.UNCHARGED_TASK)
                .build());
        cases.add(task("task-error", "the task is `Pending`, then `Error`", TaskScript.failed(1))
                .fails(JobFailedException.class, JOB_FAILED, "out of memory", BflKept.FAILED_TASK_ID).build());
        cases.add(task("task-not-found", "the task is `Task not found` (unknown, or expired)", TaskScript.notFound())
                .fails(JobNotFoundException.class, JOB_NOT_FOUND, "has expired", BflKept.FAILED_TASK_ID).build());
        cases.add(task("task-never-ready", "the task stays `Pending` past the caller's timeout (1 s)",
                        TaskScript.neverReady()).timeout(Duration.ofSeconds(1))
                .fails(EditTimeoutException.class, TIMED_OUT, "resume task", BflKept.TASK_ID).build());
        cases.add(task("task-unknown-status", "the task says `Queued`, a status BFL does not document, twice",
                TaskScript.unknownThenReady("Queued", 2)).build());
        cases.add(row("polling-url-elsewhere", "the submit names a polling URL on a host the key does "
                        + "not go to")
                .arm(stage -> stage.server().pollingUrlsUnder("https://collector.example.net"))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "not among the hosts",
                        BflKept.TASK_ID)
                .exercised("no poll was sent", stage -> stage.proxy().count(BflEndpoints.POLL) == 0).build());

        cases.add(row("poll-reset-once", "a poll's connection is reset once")
                .arm(stage -> stage.proxy().breakNext(BflEndpoints.POLL, Fault.RESET_AFTER_BODY))
                .exercised("the proxy reset a poll", broke(BflEndpoints.POLL)).build());
        cases.add(row("poll-reset-every-time", "every poll's connection is reset")
                .arm(stage -> stage.proxy().breakEvery(BflEndpoints.POLL, Fault.RESET_AFTER_BODY))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "5 times in a row", BflKept.TASK_ID)
                .exercised("the proxy reset at least 5 polls (the JDK tries a failed GET once more itself)",
                        stage -> stage.proxy().broken(BflEndpoints.POLL) >= 5).build());
        cases.add(row("poll-http-503-then-429", "polls are answered 503, then 429, then the status")
                .arm(stage -> stage.server().rejectNextPolls(BflReplies.unavailable(), BflReplies.concurrencyLimit()))
                .exercised("the server was polled 3 times", stage -> stage.proxy().count(BflEndpoints.POLL) >= 3)
                .build());

        cases.add(download("download-link-expired", "the signed link answers 403 (expired)", Output.refusedFirst(9))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "lives about 10 minutes",
                        BflKept.TASK_ID).build());
        cases.add(download("download-500-once", "the image download answers 500 once", Output.failingFirst(1))
                .build());
        cases.add(row("download-cut-short", "the image stops halfway through its body, every time")
                .arm(stage -> stage.proxy().breakEvery(BflEndpoints.DOWNLOAD, Fault.CUT_SHORT))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "bytes had arrived", BflKept.TASK_ID)
                .exercised("the proxy cut 3 downloads short", stage -> stage.proxy().broken(BflEndpoints.DOWNLOAD) == 3)
                .build());
        cases.add(row("download-dribbled", "the image trickles in a byte every 50 ms, past "
                        + "`BFL_READ_TIMEOUT` (300ms) in all, every time")
                .setting(BflProviderFactory.READ_TIMEOUT, SHORT_READ_TIMEOUT)
                .arm(stage -> stage.proxy().breakEvery(BflEndpoints.DOWNLOAD, Fault.DRIBBLE_BODY))
                .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "did not arrive in full",
                        BflKept.TASK_ID)
                .exercised("the proxy trickled a download", broke(BflEndpoints.DOWNLOAD)).build());
        cases.add(download("download-not-an-image", "the image is an HTML page served as `image/png`",
                        Output.notAnImage())
                .fails(JobFailedException.class, JOB_FAILED, "not a PNG, JPEG or WebP", BflKept.FAILED_TASK_ID)
                .build());
        cases.add(download("download-over-cap-declared", "the image declares 20 MiB, over `BFL_MAX_DOWNLOAD_BYTES` "
                        + "(1 MiB)", Output.oversizedDeclared(20L * 1024 * 1024))
                .fails(JobFailedException.class, JOB_FAILED, "20,971,520 bytes", BflKept.FAILED_TASK_ID).build());
        cases.add(download("download-over-cap-chunked", "the image is 20 MiB, chunked, over "
                        + "`BFL_MAX_DOWNLOAD_BYTES` (1 MiB)", Output.oversizedChunked(20L * 1024 * 1024))
                .fails(JobFailedException.class, JOB_FAILED, "BFL_MAX_DOWNLOAD_BYTES", BflKept.FAILED_TASK_ID).build());
        cases.add(download("download-redirect-to-file", "the image URL redirects to `file:///etc/passwd`",
                        Output.redirectTo("file:///etc/passwd"))
                .fails(JobFailedException.class, JOB_FAILED, "scheme 'file' is not https", BflKept.FAILED_TASK_ID)
                .build());
        return List.copyOf(cases);
    }

    /** A row whose edit may wait {@link #TIMEOUT}, and which keeps the image unless it says otherwise. */
    private static FaultCase.Builder<BflFaultStage, BflKept> row(String id, String fault) {
        return FaultCase.<BflFaultStage, BflKept>builder(id, fault, BflKept.OUTPUT).timeout(TIMEOUT);
    }

    /** The proxy breaks the submit's connection so that its answer is lost: the task may have been made. */
    private static FaultCase.Builder<BflFaultStage, BflKept> lostSubmit(String id, String fault, Fault broken,
            String message) {
        return row(id, fault)
                .arm(stage -> stage.proxy().breakNext(BflEndpoints.SUBMIT, broken))
                .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, message, BflKept.ACCOUNT_HISTORY)
                .exercised("the proxy broke a submit", broke(BflEndpoints.SUBMIT));
    }

    /** BFL answers the first submits with {@code answers}; a later one is accepted. */
    private static FaultCase.Builder<BflFaultStage, BflKept> refused(String id, String fault, Reply... answers) {
        return row(id, fault)
                .arm(stage -> stage.server().rejectNextSubmits(answers))
                .exercised("the server answered a submit HTTP " + answers[0].status(), answered(answers[0].status()));
    }

    private static FaultCase.Builder<BflFaultStage, BflKept> task(String id, String fault, TaskScript script) {
        return row(id, fault)
                .arm(stage -> stage.server().enqueue(script))
                .exercised("the task was polled", stage -> stage.proxy().count(BflEndpoints.POLL) >= 1);
    }

    private static FaultCase.Builder<BflFaultStage, BflKept> download(String id, String fault, Output output) {
        return row(id, fault)
                .arm(stage -> stage.server().enqueue(TaskScript.pendingThenReady(0).withOutput(output)))
                .exercised("the image URL was asked", stage -> stage.proxy().count(BflEndpoints.DOWNLOAD) >= 1);
    }

    private static Predicate<BflFaultStage> broke(Endpoint endpoint) {
        return stage -> stage.proxy().broken(endpoint) >= 1;
    }

    private static Predicate<BflFaultStage> answered(int status) {
        return stage -> stage.server().submitStatuses().contains(status);
    }
}
