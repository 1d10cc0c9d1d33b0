package dev.imgedit.modelslab.testserver;

import dev.imgedit.testkit.http.Reply;
import java.util.List;

/**
 * How the server plays one job: the answer to its submit, the answers to its fetches in order (the last one
 * repeats), and what its output URL serves. The presets replay the shapes in ModelsLab's published examples.
 *
 * @param submit the answer to the submit
 * @param fetches the answers to successive fetches; the last repeats
 * @param output what the output URL serves
 */
public record JobScript(Reply submit, List<Reply> fetches, Output output) {

    public static final String META = "{\"prompt\":\"make it snow\",\"model_id\":\"flux-kontext-pro\","
            + "\"seed\":1443575790,\"base64\":\"no\",\"instant_response\":\"no\",\"temp\":\"no\"}";

    /** A documented immediate success: numeric id, output list, proxy_links list, meta with string flags. */
    public static final String SUCCESS = "{\"status\":\"success\",\"generationTime\":2.45,\"id\":${id},"
            + "\"output\":[\"${output}\"],\"proxy_links\":[\"${output}\"],\"meta\":" + META
            + ",\"nsfw_content_detected\":false,\"track_id\":\"${trackId}\"}";

    /** A documented queued answer: fractional eta, a v6 fetch_result whose id differs from the job's, future links. */
    public static final String PROCESSING = "{\"status\":\"processing\",\"tip\":\"For faster processing, upgrade "
            + "your plan\",\"tip_1\":\"\",\"eta\":2.75,\"message\":\"Request processing\",\"fetch_result\":"
            + "\"${fetchResult}\",\"id\":${id},\"output\":[],\"meta\":" + META + ",\"future_links\":[\"${output}\"],"
            + "\"proxy_links\":[\"${output}\"],\"webhook_status\":\"\",\"track_id\":\"${trackId}\"}";

    /** A fetch while still running: the legacy {@code messege} spelling and {@code output: ""}. */
    public static final String STILL_PROCESSING = "{\"status\":\"processing\",\"messege\":\"Try again after few "
            + "seconds\",\"output\":\"\",\"tip\":\"Your image is processing in background\",\"eta\":1.5}";

    /** A fetch success: string id, proxy_links as an object. */
    public static final String FETCH_SUCCESS = "{\"status\":\"success\",\"id\":\"${id}\",\"output\":[\"${output}\"],"
            + "\"proxy_links\":{\"0\":\"${output}\"}}";

    /** The legacy failure: empty id, {@code output: ""}. */
    public static final String FAILED = "{\"status\":\"failed\",\"id\":\"\",\"message\":\"Failed, Try Again\","
            + "\"output\":\"\"}";

    public JobScript {
        fetches = List.copyOf(fetches);
        if (fetches.isEmpty()) {
            fetches = List.of(Reply.json(FETCH_SUCCESS));
        }
    }

    public static JobScript of(Reply submit, Reply... fetches) {
        return new JobScript(submit, List.of(fetches), Output.png());
    }

    public JobScript withOutput(Output output) {
        return new JobScript(submit, fetches, output);
    }

    public static JobScript immediateSuccess() {
        return of(Reply.json(SUCCESS));
    }

    /** Queued, {@code polls} fetches answering processing, then success. */
    public static JobScript processingThenSuccess(int polls) {
        return of(Reply.json(PROCESSING), processingThen(polls, Reply.json(FETCH_SUCCESS)));
    }

    /**
     * Queued without a fetch_result (so polled at /api/v7/images/fetch/{id}); the success names no output, only
     * {@code future_links}, and {@code proxy_links} is null.
     */
    public static JobScript processingWithFutureLinksOnly(int polls) {
        return of(Reply.json("{\"status\":\"processing\",\"id\":\"${id}\",\"eta\":1,\"future_links\":[\"${output}\"]}"),
                processingThen(polls, Reply.json("{\"status\":\"success\",\"id\":\"${id}\",\"output\":[],"
                        + "\"proxy_links\":null,\"future_links\":[\"${output}\"]}")));
    }

    public static JobScript failedAfterProcessing(int polls) {
        return of(Reply.json(PROCESSING), processingThen(polls, Reply.json(FAILED)));
    }

    public static JobScript neverFinishing() {
        return of(Reply.json(PROCESSING), Reply.json(STILL_PROCESSING));
    }

    /** The submit itself is answered with {@code reply}; no job is polled. */
    public static JobScript rejected(Reply reply) {
        return of(reply);
    }

    private static Reply[] processingThen(int polls, Reply last) {
        Reply[] replies = new Reply[polls + 1];
        for (int i = 0; i < polls; i++) {
            replies[i] = Reply.json(STILL_PROCESSING);
        }
        replies[polls] = last;
        return replies;
    }
}
