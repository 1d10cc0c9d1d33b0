package dev.imgedit.modelslab.testserver;

import dev.imgedit.testkit.http.Reply;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** A job the server accepted: its ids, what was asked, its script, and how often it was polled and downloaded. */
final class ServerJob {
    final String id;
    final String fetchId;
    final String trackId;
    final @Nullable String aspectRatio;
    final JobScript script;
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicInteger outputServes = new AtomicInteger();

    ServerJob(String id, String fetchId, String trackId, @Nullable String aspectRatio, JobScript script) {
        this.id = id;
        this.fetchId = fetchId;
        this.trackId = trackId;
        this.aspectRatio = aspectRatio;
        this.script = script;
    }

    Reply nextFetchReply() {
        int index = fetches.getAndIncrement();
        return script.fetches().get(Math.min(index, script.fetches().size() - 1));
    }

    Map<String, String> variables(String base) {
        return Map.of(
                "base", base,
                "id", id,
                "fetchId", fetchId,
                "fetchResult", base + "/api/v6/images/fetch/" + fetchId,
                "trackId", trackId,
                "output", base + "/outputs/" + id + "/0."
                        + (script.output().kind() == Output.Kind.JPEG ? "jpg" : "png"));
    }
}
