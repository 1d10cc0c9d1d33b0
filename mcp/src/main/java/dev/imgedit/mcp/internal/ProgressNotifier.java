package dev.imgedit.mcp.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.JobProgress;
import dev.imgedit.util.Durations;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the client how a job it waits for is getting on, as MCP progress notifications on the call's progress token:
 * one for each wait before the submit (a rate limit), one when the provider accepts the job, one each time the
 * provider is asked, one when the outputs download. The progress value counts these steps (the total is unknown); the
 * message says what the provider said. A call without a progress token gets none.
 */
public final class ProgressNotifier implements EditListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressNotifier.class);

    private final McpSyncServerExchange exchange;
    private final @Nullable Object token;
    private final Secrets secrets;
    private int steps;
    private boolean stopped;

    public ProgressNotifier(McpSyncServerExchange exchange, @Nullable Object token, Secrets secrets) {
        this.exchange = exchange;
        this.token = token;
        this.secrets = secrets;
    }

    @Override
    public void onWaiting(Duration wait, String reason) {
        send("waiting " + Durations.describe(wait) + " before trying again (" + reason + ")");
    }

    @Override
    public void onSubmitted(EditJob job) {
        send("job " + job.id() + " accepted by " + job.providerId());
    }

    @Override
    public void onProgress(JobProgress progress) {
        StringBuilder message = new StringBuilder("job ").append(progress.jobId()).append(' ')
                .append(progress.status().name().toLowerCase(java.util.Locale.ROOT)).append(", ")
                .append(Durations.describe(progress.elapsed())).append(" waited");
        if (!progress.status().isTerminal() && progress.estimatedWait() != null
                && !progress.estimatedWait().isZero()) {
            message.append(", about ").append(Durations.describe(progress.estimatedWait())).append(" left");
        }
        if (progress.message() != null) {
            message.append(": ").append(progress.message());
        }
        send(message.toString());
    }

    @Override
    public void onDownloading(EditJob job, int outputs) {
        send("job " + job.id() + " done, downloading " + outputs + (outputs == 1 ? " image" : " images"));
    }

    /**
     * Sends nothing more: the call's result is about to go out, and a provider may still report from another
     * thread (a poll under way when the wait timed out), which would reach the client after the result.
     */
    public synchronized void stop() {
        stopped = true;
    }

    private synchronized void send(String message) {
        if (token != null && !stopped) {
            report(++steps, null, message);
        }
    }

    /**
     * Sends one notification as it is, for a call whose progress counts something else than steps (a batch's
     * finished items); {@code progress} must grow from one notification to the next.
     *
     * @param total what {@code progress} counts up to, or null when unknown
     */
    public synchronized void report(double progress, @Nullable Double total, String message) {
        if (token == null || stopped) {
            return;
        }
        try {
            exchange.progressNotification(new McpSchema.ProgressNotification(token, progress, total,
                    secrets.hide(message)));
        } catch (RuntimeException e) {
            // A listener must not throw: a client gone deaf to progress still gets its result.
            LOG.debug("progress notification not sent: {}", e.toString());
        }
    }
}
