package dev.imgedit.modelslab.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What awaiting a ModelsLab job needs beyond its id and outputs. It travels in {@link dev.imgedit.EditJob#details()}
 * as text, so that a journal can store the job and another process can await it; this record is the one place that
 * writes and reads those details. Never secrets.
 *
 * @param trackId the track id sent with the submit, or null for a job resumed by id
 * @param fetchResult the URL ModelsLab said to poll, as it gave it, or null
 * @param followedByFutureLinks whether the job has no id to poll and is followed by downloading its future links
 * @param result what ModelsLab said about the finished edit (seed, generation time), for the result's metadata
 * @param notices what the caller should know about how the request was read, one sentence each
 */
record JobState(@Nullable String trackId, @Nullable String fetchResult, boolean followedByFutureLinks,
        Map<String, String> result, List<String> notices) {

    private static final String TRACK_ID = "track_id";
    private static final String FETCH_RESULT = "fetch_result";
    private static final String POLL = "poll";
    private static final String POLL_FUTURE_LINKS = "future_links";
    private static final String RESULT_PREFIX = "result.";
    private static final String NOTICES = "notices";

    JobState {
        result = Map.copyOf(result);
        notices = List.copyOf(notices);
    }

    /** A job known by its id alone, as after a restart. */
    static JobState none() {
        return new JobState(null, null, false, Map.of(), List.of());
    }

    /** The state kept in a job's details; names it does not know are ignored. */
    static JobState from(Map<String, String> details) {
        Map<String, String> result = new LinkedHashMap<>();
        details.forEach((name, value) -> {
            if (name.startsWith(RESULT_PREFIX)) {
                result.put(name.substring(RESULT_PREFIX.length()), value);
            }
        });
        String notices = details.get(NOTICES);
        return new JobState(details.get(TRACK_ID), details.get(FETCH_RESULT),
                POLL_FUTURE_LINKS.equals(details.get(POLL)), result,
                notices == null ? List.of() : Arrays.asList(notices.split("\n")));
    }

    Map<String, String> toDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        if (trackId != null) {
            details.put(TRACK_ID, trackId);
        }
        if (fetchResult != null) {
            details.put(FETCH_RESULT, fetchResult);
        }
        if (followedByFutureLinks) {
            details.put(POLL, POLL_FUTURE_LINKS);
        }
        result.forEach((name, value) -> details.put(RESULT_PREFIX + name, value));
        if (!notices.isEmpty()) {
            details.put(NOTICES, String.join("\n", notices));
        }
        return details;
    }
}
