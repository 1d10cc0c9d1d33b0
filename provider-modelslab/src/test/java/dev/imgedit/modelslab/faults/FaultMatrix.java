package dev.imgedit.modelslab.faults;

import static dev.imgedit.exception.ErrorKind.AUTHENTICATION;
import static dev.imgedit.exception.ErrorKind.INSUFFICIENT_CREDITS;
import static dev.imgedit.exception.ErrorKind.JOB_FAILED;
import static dev.imgedit.exception.ErrorKind.OUTCOME_UNKNOWN;
import static dev.imgedit.exception.ErrorKind.PROVIDER_UNAVAILABLE;
import static dev.imgedit.exception.ErrorKind.RATE_LIMITED;
import static dev.imgedit.exception.ErrorKind.TIMED_OUT;

import dev.imgedit.exception.AuthenticationException;
import dev.imgedit.exception.EditTimeoutException;
import dev.imgedit.exception.InsufficientCreditsException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.OutcomeUnknownException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.exception.RateLimitedException;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabEndpoints;
import dev.imgedit.modelslab.testserver.ModelsLabReplies;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.http.Endpoint;
import dev.imgedit.testkit.http.Fault;
import dev.imgedit.testkit.http.Reply;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every fault the provider is tested against, in the order of docs/reliability.md's table: the connection, the
 * submit's connection, ModelsLab's answers to the submit, the job, the upload, the polls, the output download.
 * Rows that end in success show a fault that is safely retried.
 */
public final class FaultMatrix {
    private static final String LOST = "may have been accepted and charged";
    private static final Duration NEVER_FINISHING_TIMEOUT = Duration.ofSeconds(1);
    private static final String SHORT_READ_TIMEOUT = "300ms";

    private FaultMatrix() {}

    public static List<FaultCase<ModelsLabFaultStage, ModelsLabKept>> cases() {
        return List.of(
                // The connection.
                row("connection-refused", "nothing listens on the base URL's port: every connection "
                                + "is refused")
                        .input(FaultCase.Input.URL).arm(ModelsLabFaultStage::refuseConnections)
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "connection refused")
                        .submits(0).keeps(ModelsLabKept.NOTHING)
                        .exercised("the port refuses connections", ModelsLabFaultStage::stillRefuses).build(),
                row("connect-timeout", "the port never accepts (its backlog is full): every connect "
                                + "times out (`MODELSLAB_CONNECT_TIMEOUT` 250ms)")
                        .input(FaultCase.Input.URL).setting(ModelsLabSettings.CONNECT_TIMEOUT, "250ms")
                        .arm(ModelsLabFaultStage::blockConnections)
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "no connection to")
                        .submits(0).keeps(ModelsLabKept.NOTHING)
                        .exercised("the port makes connections wait", ModelsLabFaultStage::stillBlocks).build(),

                // The submit's connection breaks.
                lostSubmit("submit-reset-before-body", "the submit's headers arrive, then the connection is reset "
                        + "before its body is read", Fault.RESET_BEFORE_BODY, LOST),
                lostSubmit("submit-reset-after-body", "the whole submit arrives, then the connection is reset "
                        + "without an answer (CONNECTION_RESET_BY_PEER)", Fault.RESET_AFTER_BODY, LOST),
                lostSubmit("submit-reset-mid-answer", "the submit reaches ModelsLab and makes a job; the answer's "
                        + "connection is reset halfway through its body", Fault.RESET_MID_ANSWER, "Connection reset"),
                lostSubmit("submit-closed-without-answer", "the whole submit arrives, then the connection closes "
                        + "without a byte (EMPTY_RESPONSE)", Fault.CLOSE_WITHOUT_ANSWER, "Unexpected end of file"),
                lostSubmit("submit-random-bytes", "the submit is answered with random bytes, then the connection "
                        + "closes (RANDOM_DATA_THEN_CLOSE)", Fault.RANDOM_BYTES_THEN_CLOSE, "was not HTTP"),
                lostSubmit("submit-malformed-chunk", "the submit is answered HTTP 200, then a chunk whose size is "
                        + "not a number (MALFORMED_RESPONSE_CHUNK)", Fault.MALFORMED_CHUNK, "Bogus chunk size"),
                lostSubmit("submit-answer-cut-short", "the submit reaches ModelsLab; its answer stops halfway "
                        + "through the body and the connection closes", Fault.CUT_SHORT, "bytes had arrived"),
                row("submit-read-timeout", "the submit gets no answer within `MODELSLAB_READ_TIMEOUT` "
                                + "(300ms)")
                        .setting(ModelsLabSettings.READ_TIMEOUT, SHORT_READ_TIMEOUT)
                        .arm(stage -> stage.proxy().breakNext(ModelsLabEndpoints.SUBMIT, Fault.STALL))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "within 300 ms")
                        .keeps(ModelsLabKept.TRACK_ID)
                        .exercised("the proxy held a submit", broke(ModelsLabEndpoints.SUBMIT)).build(),
                row("submit-answer-dribbled", "the submit reaches ModelsLab; its answer's body "
                                + "trickles in a byte every 50 ms, past `MODELSLAB_READ_TIMEOUT` (300ms) in all")
                        .setting(ModelsLabSettings.READ_TIMEOUT, SHORT_READ_TIMEOUT)
                        .arm(stage -> stage.proxy().breakNext(ModelsLabEndpoints.SUBMIT, Fault.DRIBBLE_BODY))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "did not arrive in full")
                        .keeps(ModelsLabKept.TRACK_ID).exercised("the proxy trickled a submit's answer",
                                broke(ModelsLabEndpoints.SUBMIT)).build(),

                // ModelsLab's answer to the submit.
                refusedSubmit("submit-http-500-html", "HTTP 500 with an HTML page",
                        ModelsLabReplies.internalServerErrorHtml())
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "500 Internal Server Error")
                        .keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-http-502", "HTTP 502 from a gateway (the server behind it may have acted)",
                        Reply.html(502, "<html><head><title>502 Bad Gateway</title></head></html>"))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "502 Bad Gateway")
                        .keeps(ModelsLabKept.TRACK_ID).build(),
                refusedSubmit("submit-http-503-every-time", "HTTP 503, every time",
                        ModelsLabReplies.serviceUnavailableHtml(), ModelsLabReplies.serviceUnavailableHtml(),
                        ModelsLabReplies.serviceUnavailableHtml())
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "tried 3 times")
                        .submits(3).keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-http-503-once", "HTTP 503 once, then the submit is accepted",
                        ModelsLabReplies.serviceUnavailableHtml())
                        .succeeds().submits(2).build(),
                refusedSubmit("submit-429-long-retry-after", "HTTP 429 with `retry_after` 30 s, longer than "
                        + "`MODELSLAB_MAX_RETRY_WAIT`", ModelsLabReplies.rateLimited(30))
                        .fails(RateLimitedException.class, RATE_LIMITED, "wait 30 s")
                        .keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-429-short-retry-after-every-time", "HTTP 429 with `retry_after` 1 s, every "
                        + "time (`MODELSLAB_MAX_RETRY_WAIT` 2s)",
                        ModelsLabReplies.rateLimited(1), ModelsLabReplies.rateLimited(1),
                        ModelsLabReplies.rateLimited(1))
                        .setting(ModelsLabSettings.MAX_RETRY_WAIT, "2s")
                        .fails(RateLimitedException.class, RATE_LIMITED, "wait 1 s")
                        .submits(3).keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-429-short-retry-after-once", "HTTP 429 with `retry_after` 1 s once, then the "
                        + "submit is accepted (`MODELSLAB_MAX_RETRY_WAIT` 2s)", ModelsLabReplies.rateLimited(1))
                        .setting(ModelsLabSettings.MAX_RETRY_WAIT, "2s")
                        .succeeds().submits(2).build(),
                refusedSubmit("submit-429-without-retry-after", "HTTP 429 without `retry_after` or `Retry-After`, "
                        + "every time", tooManyRequests(), tooManyRequests(), tooManyRequests())
                        .fails(RateLimitedException.class, RATE_LIMITED, "wait a little")
                        .submits(3).keeps(ModelsLabKept.NOTHING).build(),
                row("submit-http-401", "HTTP 401: the key is wrong")
                        .input(FaultCase.Input.URL).setting(ModelsLabSettings.API_KEY, "sk-wrong-key-0123456789")
                        .fails(AuthenticationException.class, AUTHENTICATION, "401 Unauthorized")
                        .keeps(ModelsLabKept.NOTHING)
                        .exercised("the server answered a submit 401", answered(401)).build(),
                refusedSubmit("submit-http-402", "HTTP 402: the account has no credits",
                        Reply.json(402, "{\"status\":\"error\",\"message\":\"Insufficient credits. Please add more "
                                + "credits to continue.\"}"))
                        .fails(InsufficientCreditsException.class, INSUFFICIENT_CREDITS, "Insufficient credits")
                        .keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-200-status-error", "HTTP 200 with `status: error` and a message imgedit does "
                        + "not know", Reply.json("{\"status\":\"error\",\"message\":\"Error message\"}"))
                        .fails(JobFailedException.class, JOB_FAILED, "Error message")
                        .keeps(ModelsLabKept.NOTHING).build(),
                refusedSubmit("submit-malformed-json", "HTTP 200 with a body that is not JSON",
                        Reply.json("{\"status\": success, \"id\": 7, output: [}"))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "not ModelsLab JSON")
                        .keeps(ModelsLabKept.TRACK_ID).build(),
                refusedSubmit("submit-truncated-json", "HTTP 200 with JSON cut off mid-value (the HTTP framing is "
                        + "whole)", Reply.json("{\"status\":\"processing\",\"id\":134711532,\"fetch_result\":"
                                + "\"${base}/api/v6/ima"))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "not ModelsLab JSON")
                        .keeps(ModelsLabKept.TRACK_ID).build(),
                refusedSubmit("submit-empty-body", "HTTP 200 with an empty body", Reply.empty(200))
                        .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, "an empty body")
                        .keeps(ModelsLabKept.TRACK_ID).build(),
                refusedSubmit("submit-redirect-to-file", "HTTP 302 to `file:///etc/passwd`",
                        Reply.empty(302).withHeader("Location", "file:///etc/passwd"))
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "does not follow API "
                                + "redirects")
                        .keeps(ModelsLabKept.NOTHING).build(),

                // The job.
                row("job-failed-after-processing", "the job is accepted, then a poll says "
                                + "`status: failed`")
                        .arm(stage -> stage.server().enqueue(JobScript.failedAfterProcessing(1)))
                        .fails(JobFailedException.class, JOB_FAILED, "Failed, Try Again")
                        .keeps(ModelsLabKept.FAILED_JOB_ID).exercised("the job was polled twice", polled(2)).build(),
                row("job-never-finishes", "the job stays `processing` past the caller's timeout "
                                + "(1 s)")
                        .timeout(NEVER_FINISHING_TIMEOUT)
                        .arm(stage -> stage.server().enqueue(JobScript.neverFinishing()))
                        .fails(EditTimeoutException.class, TIMED_OUT, "resume it by its id")
                        .keeps(ModelsLabKept.JOB_ID).exercised("the job was polled", polled(1)).build(),

                // The upload of a local file (free, so resent).
                row("upload-reset-once", "the upload's connection is reset once, then the upload "
                                + "goes through")
                        .arm(stage -> stage.proxy().breakNext(ModelsLabEndpoints.UPLOAD, Fault.RESET_AFTER_BODY))
                        .succeeds().exercised("the proxy reset an upload", broke(ModelsLabEndpoints.UPLOAD)).build(),
                row("upload-reset-every-time", "the upload's connection is reset every time")
                        .arm(stage -> stage.proxy().breakEvery(ModelsLabEndpoints.UPLOAD, Fault.RESET_AFTER_BODY))
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "uploading the input image")
                        .submits(0).keeps(ModelsLabKept.NOTHING)
                        .exercised("the proxy reset 3 uploads",
                                stage -> stage.proxy().broken(ModelsLabEndpoints.UPLOAD) == 3)
                        .build(),

                // The polls (safe to repeat).
                row("poll-reset-once", "a poll's connection is reset once")
                        .arm(stage -> stage.proxy().breakNext(ModelsLabEndpoints.FETCH, Fault.RESET_AFTER_BODY))
                        .succeeds().exercised("the proxy reset a poll", broke(ModelsLabEndpoints.FETCH)).build(),
                row("poll-reset-every-time", "every poll's connection is reset")
                        .arm(stage -> stage.proxy().breakEvery(ModelsLabEndpoints.FETCH, Fault.RESET_AFTER_BODY))
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "resume job")
                        .keeps(ModelsLabKept.JOB_ID)
                        .exercised("the proxy reset 5 polls",
                                stage -> stage.proxy().broken(ModelsLabEndpoints.FETCH) == 5)
                        .build(),

                // The output download.
                output("output-404-once", "the output URL answers 404 once (not there yet)", Output.missingFirst(1))
                        .succeeds().build(),
                output("output-404-every-time", "the output URL answers 404 every time", Output.missingFirst(100))
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "HTTP 404")
                        .keeps(ModelsLabKept.JOB_ID).build(),
                row("output-cut-short", "the output download stops halfway through its body, every "
                                + "time (`Content-Length` not met)")
                        .arm(stage -> {
                            stage.server().enqueue(JobScript.immediateSuccess());
                            stage.proxy().breakEvery(ModelsLabEndpoints.OUTPUT, Fault.CUT_SHORT);
                        })
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "bytes had arrived")
                        .keeps(ModelsLabKept.JOB_ID).exercised("the proxy cut 3 downloads short",
                                stage -> stage.proxy().broken(ModelsLabEndpoints.OUTPUT) == 3).build(),
                row("output-dribbled", "the output's body trickles in a byte every 50 ms, past "
                                + "`MODELSLAB_READ_TIMEOUT` (300ms) in all, every time")
                        .setting(ModelsLabSettings.READ_TIMEOUT, SHORT_READ_TIMEOUT)
                        .arm(stage -> {
                            stage.server().enqueue(JobScript.immediateSuccess());
                            stage.proxy().breakEvery(ModelsLabEndpoints.OUTPUT, Fault.DRIBBLE_BODY);
                        })
                        .fails(ProviderUnavailableException.class, PROVIDER_UNAVAILABLE, "did not arrive in full")
                        .keeps(ModelsLabKept.JOB_ID)
                        .exercised("the proxy trickled a download", broke(ModelsLabEndpoints.OUTPUT))
                        .build(),
                output("output-not-an-image", "the output is an HTML page served as `image/png`",
                        Output.notAnImage())
                        .fails(JobFailedException.class, JOB_FAILED, "not a PNG, JPEG or WebP image")
                        .keeps(ModelsLabKept.FAILED_JOB_ID).build(),
                output("output-far-over-cap-chunked", "the output is 20 MiB, chunked, over "
                        + "`MODELSLAB_MAX_DOWNLOAD_BYTES` (100KB)", Output.oversized(20L * 1024 * 1024))
                        .setting(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "100KB")
                        .fails(JobFailedException.class, JOB_FAILED, "MODELSLAB_MAX_DOWNLOAD_BYTES")
                        .keeps(ModelsLabKept.FAILED_JOB_ID).build(),
                output("output-far-over-cap-declared", "the output declares 20 MiB in `Content-Length`, over "
                        + "`MODELSLAB_MAX_DOWNLOAD_BYTES` (100KB)", Output.oversizedDeclared(20L * 1024 * 1024))
                        .setting(ModelsLabSettings.MAX_DOWNLOAD_BYTES, "100KB")
                        .fails(JobFailedException.class, JOB_FAILED, "20,971,520 bytes")
                        .keeps(ModelsLabKept.FAILED_JOB_ID).build(),
                output("output-redirect-to-file", "the output URL redirects to `file:///etc/passwd`",
                        Output.redirectTo("file:///etc/passwd"))
                        .fails(JobFailedException.class, JOB_FAILED, "scheme 'file' is not https")
                        .keeps(ModelsLabKept.FAILED_JOB_ID).build());
    }

    /** A row of this matrix: it succeeds unless it says otherwise. */
    private static FaultCase.Builder<ModelsLabFaultStage, ModelsLabKept> row(String id, String fault) {
        return FaultCase.builder(id, fault, ModelsLabKept.OUTPUT);
    }

    /** The submit's connection breaks so that its answer is lost: the edit may have been made. */
    private static FaultCase<ModelsLabFaultStage, ModelsLabKept> lostSubmit(String id, String fault, Fault broken,
            String message) {
        return row(id, fault)
                .arm(stage -> stage.proxy().breakNext(ModelsLabEndpoints.SUBMIT, broken))
                .fails(OutcomeUnknownException.class, OUTCOME_UNKNOWN, message)
                .keeps(ModelsLabKept.TRACK_ID)
                .exercised("the proxy broke a submit", broke(ModelsLabEndpoints.SUBMIT))
                .build();
    }

    /** The server answers the first submits with {@code replies}; later ones are accepted. */
    private static FaultCase.Builder<ModelsLabFaultStage, ModelsLabKept> refusedSubmit(String id, String fault,
            Reply... replies) {
        return row(id, fault)
                .arm(stage -> stage.server().rejectNextSubmits(replies).enqueue(JobScript.immediateSuccess()))
                .exercised("the server answered a submit HTTP " + replies[0].status(), answered(replies[0].status()));
    }

    /** The job succeeds at once; its output URL serves {@code output}. */
    private static FaultCase.Builder<ModelsLabFaultStage, ModelsLabKept> output(String id, String fault,
            Output output) {
        return row(id, fault)
                .arm(stage -> stage.server().enqueue(JobScript.immediateSuccess().withOutput(output)))
                .exercised("the output URL was asked", stage -> stage.proxy().count(ModelsLabEndpoints.OUTPUT) >= 1);
    }

    private static Reply tooManyRequests() {
        return Reply.json(429, "{\"status\":\"error\",\"message\":\"Too many requests\"}");
    }

    private static Predicate<ModelsLabFaultStage> broke(Endpoint endpoint) {
        return stage -> stage.proxy().broken(endpoint) >= 1;
    }

    private static Predicate<ModelsLabFaultStage> answered(int status) {
        return stage -> stage.server().submitStatuses().contains(status);
    }

    private static Predicate<ModelsLabFaultStage> polled(int times) {
        return stage -> stage.server().fetches().size() >= times;
    }
}
