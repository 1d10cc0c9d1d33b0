package dev.imgedit.modelslab.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The names under which a ModelsLab {@link dev.imgedit.EditJob} keeps what awaiting it needs. Never secrets. */
final class JobDetails {
    /** The URL ModelsLab said to poll. */
    static final String FETCH_RESULT = "fetch_result";
    /** The track id sent with the submit. */
    static final String TRACK_ID = "track_id";
    /** {@value #POLL_FUTURE_LINKS} when the job has no id to poll and is followed by its future links alone. */
    static final String POLL = "poll";
    static final String POLL_FUTURE_LINKS = "future_links";
    /** Prefix of facts about a finished edit (seed, generation time) carried to the result. */
    static final String RESULT_PREFIX = "result.";

    /** Job ids go into a URL path, so only these characters are accepted. */
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private JobDetails() {}

    static boolean isValidJobId(String id) {
        return JOB_ID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    static Map<String, String> resultFacts(Map<String, String> metadata) {
        Map<String, String> facts = new LinkedHashMap<>();
        metadata.forEach((name, value) -> facts.put(RESULT_PREFIX + name, value));
        return facts;
    }

    /** The result facts kept in {@code details}, without their prefix. */
    static Map<String, String> resultMetadata(Map<String, String> details) {
        Map<String, String> metadata = new LinkedHashMap<>();
        details.forEach((name, value) -> {
            if (name.startsWith(RESULT_PREFIX)) {
                metadata.put(name.substring(RESULT_PREFIX.length()), value);
            }
        });
        return metadata;
    }
}
