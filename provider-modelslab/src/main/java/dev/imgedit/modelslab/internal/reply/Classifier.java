package dev.imgedit.modelslab.internal.reply;

import dev.imgedit.modelslab.internal.reply.ApiReply.Status;
import java.util.List;

/**
 * What kind of failure a ModelsLab answer is: by ModelsLab's words first, being the more specific, then by the HTTP
 * status, then by the {@code status} field. The same words mean different things in each {@link Phase} (a 404 on a
 * fetch is an unknown job).
 */
final class Classifier {
    private static final List<String> RATE_LIMITED = List.of("rate limit", "too many request", "queued request",
            "spam filter", "slow down");
    private static final List<String> AUTHENTICATION = List.of("api key", "api_key", "apikey", "invalid key",
            "unauthori", "unauthenticated", "key is required", "key required");
    private static final List<String> CREDITS = List.of("insufficient credit", "insufficient balance",
            "insufficient fund", "not enough credit", "out of credit", "no credits", "add more credits",
            "premium subscription", "subscription required", "payment required", "recharge", "top up");
    private static final List<String> CONTENT = List.of("nsfw", "moderat", "safety", "inappropriate",
            "content policy", "prohibited", "explicit content", "unsafe content", "not allowed content");
    private static final List<String> MODEL_NOT_FOUND = List.of("model not found", "model id not found",
            "model_id not found", "invalid model");
    private static final List<String> JOB_NOT_FOUND = List.of("not found", "no request", "does not exist",
            "doesn't exist", "invalid id", "invalid request id", "no such", "expired");
    private static final List<String> UNAVAILABLE = List.of("temporarily unavailable", "under maintenance",
            "server busy", "overloaded");
    private static final List<String> SERVER_ERROR = List.of("internal server error", "server error");
    private static final List<String> INVALID = List.of("unable to fetch image", "required", "invalid", "must be",
            "must have", "validation", "not supported", "unsupported", "too large", "too big", "exceed");

    private Classifier() {}

    /**
     * A failure that came as ModelsLab JSON.
     *
     * @param message ModelsLab's words, lower case, or empty
     * @param status the {@code status} field, lower case, or empty
     * @param validationMap whether the message was a field-by-field validation map
     */
    static Status ofJson(Phase phase, int httpStatus, String message, String status, boolean validationMap) {
        if (containsAny(message, RATE_LIMITED)) {
            return Status.RATE_LIMITED;
        }
        if (containsAny(message, CREDITS)) {
            return Status.INSUFFICIENT_CREDITS;
        }
        if (containsAny(message, AUTHENTICATION)) {
            return Status.AUTHENTICATION;
        }
        if (validationMap || containsAny(message, MODEL_NOT_FOUND)) {
            return Status.INVALID_REQUEST;
        }
        if (containsAny(message, CONTENT)) {
            return Status.CONTENT_REJECTED;
        }
        if (phase == Phase.FETCH && (httpStatus == 404 || containsAny(message, JOB_NOT_FOUND))) {
            return Status.JOB_NOT_FOUND;
        }
        if (httpStatus == 503 || containsAny(message, UNAVAILABLE)) {
            return Status.TEMPORARILY_UNAVAILABLE;
        }
        return switch (httpStatus) {
            case 429 -> Status.RATE_LIMITED;
            case 402 -> Status.INSUFFICIENT_CREDITS;
            case 401, 403 -> Status.AUTHENTICATION;
            case 502, 504 -> Status.GATEWAY_ERROR;
            default -> byStatusField(phase, httpStatus, message, status);
        };
    }

    /** An answer that is not ModelsLab JSON (an HTML page, plain text, an empty or cut-off body): by HTTP status. */
    static Status withoutJson(Phase phase, int httpStatus) {
        if (httpStatus == 404) {
            return phase == Phase.FETCH ? Status.JOB_NOT_FOUND : Status.INVALID_REQUEST;
        }
        return switch (httpStatus) {
            case 429 -> Status.RATE_LIMITED;
            case 401, 403 -> Status.AUTHENTICATION;
            case 402 -> Status.INSUFFICIENT_CREDITS;
            case 503 -> Status.TEMPORARILY_UNAVAILABLE;
            case 502, 504 -> Status.GATEWAY_ERROR;
            default -> httpStatus >= 500 ? Status.SERVER_ERROR
                    : httpStatus >= 400 ? Status.INVALID_REQUEST : Status.UNREADABLE_ANSWER;
        };
    }

    private static Status byStatusField(Phase phase, int httpStatus, String message, String status) {
        if (httpStatus >= 500 || containsAny(message, SERVER_ERROR)) {
            return Status.SERVER_ERROR;
        }
        if (httpStatus >= 400 || containsAny(message, INVALID)) {
            return Status.INVALID_REQUEST;
        }
        if (phase == Phase.UPLOAD && status.equals("error")) {
            return Status.SERVER_ERROR;
        }
        return Status.JOB_FAILED;
    }

    private static boolean containsAny(String text, List<String> needles) {
        return needles.stream().anyMatch(text::contains);
    }
}
