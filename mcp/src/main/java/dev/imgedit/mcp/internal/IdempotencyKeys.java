package dev.imgedit.mcp.internal;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The edits an agent named with an idempotency key, for the server's life: a call that repeats a key with the same
 * arguments gets the first call's result instead of a second paid job; if the first call's job was submitted but
 * not finished (it timed out, or the provider could not be asked), the repeat waits for that same job. Calls with
 * one key run one at a time, so a retry racing the first call waits for it.
 */
final class IdempotencyKeys {
    static final Pattern PATTERN = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    /** Finished entries beyond this many are forgotten, the oldest first. */
    private static final int MAX_FINISHED = 1000;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** What the earlier calls with a key got to, handed to the call that holds it. */
    static final class Attempt {
        private final String argumentsFingerprint;
        private volatile @Nullable SubmittedJob job;
        private volatile McpSchema.@Nullable CallToolResult finalResult;

        private Attempt(String argumentsFingerprint) {
            this.argumentsFingerprint = argumentsFingerprint;
        }

        /** The job an earlier call with this key submitted and did not see finish, or null. */
        @Nullable SubmittedJob earlierJob() {
            return job;
        }

        /** The provider accepted the job: a repeat waits for it rather than submitting again. */
        void submitted(SubmittedJob submitted) {
            job = submitted;
        }

        /** The call ended for good (the result was written, or the job failed): a repeat gets the same answer. */
        void finished(McpSchema.CallToolResult result) {
            finalResult = result;
        }
    }

    private static final class Entry {
        final Attempt attempt;

        Entry(String fingerprint) {
            attempt = new Attempt(fingerprint);
        }
    }

    /** A job a provider accepted. */
    record SubmittedJob(String providerId, String jobId) {}

    /**
     * Runs {@code call} as the attempt of {@code key}, or answers from an earlier one.
     *
     * @param arguments the call's arguments that define the edit (not its timeout, not the key)
     */
    McpSchema.CallToolResult run(String key, Map<String, Object> arguments,
            Function<Attempt, McpSchema.CallToolResult> call) {
        if (!PATTERN.matcher(key).matches()) {
            throw new ToolFailure("idempotency_key '" + key + "' must be 1 to 64 letters, digits, '.', '_', ':' or "
                    + "'-'");
        }
        String fingerprint = new TreeMap<>(arguments).toString();
        Entry entry;
        synchronized (entries) {
            entry = entries.computeIfAbsent(key, unused -> new Entry(fingerprint));
        }
        synchronized (entry) {
            Attempt attempt = entry.attempt;
            if (!attempt.argumentsFingerprint.equals(fingerprint)) {
                throw new ToolFailure("idempotency_key '" + key + "' was used for an edit with other arguments: "
                        + "use a new key for a new edit");
            }
            if (attempt.finalResult != null) {
                return attempt.finalResult;
            }
            McpSchema.CallToolResult result = call.apply(attempt);
            if (attempt.finalResult != null) {
                forgetOldFinished();
            }
            return result;
        }
    }

    private void forgetOldFinished() {
        synchronized (entries) {
            long finished = entries.values().stream().filter(entry -> entry.attempt.finalResult != null).count();
            Iterator<Entry> oldestFirst = entries.values().iterator();
            while (finished > MAX_FINISHED && oldestFirst.hasNext()) {
                if (oldestFirst.next().attempt.finalResult != null) {
                    oldestFirst.remove();
                    finished--;
                }
            }
        }
    }
}
