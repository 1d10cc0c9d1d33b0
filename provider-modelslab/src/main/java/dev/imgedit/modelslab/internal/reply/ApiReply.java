package dev.imgedit.modelslab.internal.reply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one call to ModelsLab's API (an upload, a submit or a fetch) came to, read once from the HTTP status and the
 * JSON body together: the job done, still processing, a failure of a kind, or no answer at all. Every text in it is
 * redacted but the links, which are left whole so that one holding the key is recognised and dropped
 * ({@link OutputLinks}); {@link #toString()} therefore shows the reply's shape only.
 *
 * @param status what the reply means
 * @param detail what happened, on one line, for a message: ModelsLab's words with the HTTP status, the page or
 *     body that came instead, why no answer came, or, for a job done or processing, its status
 * @param jobId the job id in the reply, when it gave one
 * @param outputs the output URLs ({@code output}, and for an upload also {@code link})
 * @param proxyLinks copies of the outputs ({@code proxy_links})
 * @param futureLinks where the outputs will appear ({@code future_links})
 * @param fetchResult the URL ModelsLab said to poll, when it gave one
 * @param eta ModelsLab's estimate of the time left, when it gave one
 * @param retryAfter how long ModelsLab asked to wait, for a {@link Status#RATE_LIMITED} reply that said
 * @param message ModelsLab's own words ({@code message}, {@code messege} or {@code error}), when it said any
 * @param nsfwDetected whether ModelsLab flagged the output ({@code nsfw_content_detected})
 * @param metadata what ModelsLab said about the edit that a caller may want to keep (seed, generation time)
 */
public record ApiReply(
        Status status,
        String detail,
        @Nullable String jobId,
        List<String> outputs,
        List<String> proxyLinks,
        List<String> futureLinks,
        @Nullable String fetchResult,
        @Nullable Duration eta,
        @Nullable Duration retryAfter,
        @Nullable String message,
        boolean nsfwDetected,
        Map<String, String> metadata) {

    /** What a reply means. */
    public enum Status {
        SUCCEEDED,
        PROCESSING,
        AUTHENTICATION,
        INSUFFICIENT_CREDITS,
        RATE_LIMITED,
        CONTENT_REJECTED,
        INVALID_REQUEST,
        JOB_FAILED,
        JOB_NOT_FOUND,
        /** 503 or "temporarily unavailable": nothing was accepted, and trying again soon may work. */
        TEMPORARILY_UNAVAILABLE,
        /** 500 and other server errors: nothing was accepted. */
        SERVER_ERROR,
        /** 502/504: a gateway gave up, but the server behind it may have acted on the request. */
        GATEWAY_ERROR,
        /** A 2xx answer that is not ModelsLab JSON: the server may have acted on the request. */
        UNREADABLE_ANSWER,
        /** No answer, and the request provably never left this machine (connection refused, unknown host, ...). */
        NOT_SENT,
        /** No answer, or one that broke off: the request may have arrived. */
        NO_ANSWER;

        public boolean isFailure() {
            return this != SUCCEEDED && this != PROCESSING;
        }

        /** Whether asking again (a fetch, a free upload) can succeed. */
        public boolean mayAskAgain() {
            return switch (this) {
                case RATE_LIMITED, TEMPORARILY_UNAVAILABLE, SERVER_ERROR, GATEWAY_ERROR, UNREADABLE_ANSWER, NOT_SENT,
                        NO_ANSWER -> true;
                default -> false;
            };
        }

        /** Whether ModelsLab provably started nothing, so that even a paid submit may be sent again. */
        public boolean provesNothingStarted() {
            return this == NOT_SENT || this == RATE_LIMITED || this == TEMPORARILY_UNAVAILABLE;
        }
    }

    public ApiReply {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(detail, "detail is null");
        outputs = List.copyOf(outputs);
        proxyLinks = List.copyOf(proxyLinks);
        futureLinks = List.copyOf(futureLinks);
        metadata = Map.copyOf(metadata);
    }

    /** A failure with nothing but its kind, detail, requested wait and job id. */
    static ApiReply failed(Status status, String detail, @Nullable Duration retryAfter, @Nullable String jobId) {
        return new ApiReply(status, detail, jobId, List.of(), List.of(), List.of(), null, null, retryAfter, null,
                false, Map.of());
    }

    /**
     * No answer came.
     *
     * @param why what happened, in words for a message (no class names)
     * @param mayHaveArrived false only when the request provably never left this machine
     */
    public static ApiReply noAnswer(String why, boolean mayHaveArrived) {
        return failed(mayHaveArrived ? Status.NO_ANSWER : Status.NOT_SENT, why, null, null);
    }

    /** This failure after {@code attempts} tries, said in its detail. */
    public ApiReply afterAttempts(int attempts) {
        return withDetail(detail + ", tried " + attempts + " times");
    }

    /** The same reply, said otherwise. */
    public ApiReply withDetail(String otherDetail) {
        return new ApiReply(status, otherDetail, jobId, outputs, proxyLinks, futureLinks, fetchResult, eta, retryAfter,
                message, nsfwDetected, metadata);
    }

    /** The shape of the reply, without a word of its text or links (which may hold anything, the key included). */
    @Override
    public String toString() {
        return "ApiReply[" + status + ", id=" + given(jobId) + ", outputs=" + outputs.size() + ", proxy_links="
                + proxyLinks.size() + ", future_links=" + futureLinks.size() + ", fetch_result=" + given(fetchResult)
                + ", message=" + given(message) + "]";
    }

    private static String given(@Nullable String text) {
        return text == null ? "none" : "given";
    }
}
