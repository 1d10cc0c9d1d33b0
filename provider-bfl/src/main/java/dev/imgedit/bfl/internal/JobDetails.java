package dev.imgedit.bfl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names under which a BFL {@link dev.imgedit.EditJob} keeps what awaiting it needs, and what its result reports,
 * as text a journal can store. Never secrets.
 */
final class JobDetails {
    /** The URL BFL said to poll, exactly as written. */
    static final String POLLING_URL = "polling_url";
    /** The model the task runs. */
    static final String MODEL = "model";
    /** What the task costs in credits (1 credit = 0.01 USD), as BFL said on submit. */
    static final String COST = "cost";
    /** The input's and the output's megapixels, as BFL counts them. */
    static final String INPUT_MEGAPIXELS = "input_mp";
    static final String OUTPUT_MEGAPIXELS = "output_mp";
    /** A sentence for the result's notices. */
    static final String NOTICE = "notice";
    /** The seed the task ran with, from its result. */
    static final String SEED = "seed";

    /** Task ids go into a URL's query, so only these characters are accepted. */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final List<String> REPORTED = List.of(MODEL, COST, INPUT_MEGAPIXELS, OUTPUT_MEGAPIXELS);

    private JobDetails() {}

    static boolean isTaskId(String id) {
        return TASK_ID.matcher(id).matches();
    }

    /** What a job's details tell its result: the model and what the submit said it costs. */
    static Map<String, String> metadata(Map<String, String> details) {
        Map<String, String> metadata = new LinkedHashMap<>();
        REPORTED.forEach(name -> {
            if (details.containsKey(name)) {
                metadata.put(name, details.get(name));
            }
        });
        return metadata;
    }
}
