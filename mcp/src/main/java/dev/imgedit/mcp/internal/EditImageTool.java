package dev.imgedit.mcp.internal;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.ImageEditException;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code edit_image}: plan the edit (every local check first), submit it, or with a repeated idempotency key take up
 * the job submitted before, then wait for it while telling the client's progress token, and write the result.
 */
final class EditImageTool {
    /** A submit that used up the call's time still gets one look at its job. */
    private static final Duration MINIMUM_WAIT = Duration.ofMillis(1);

    private final ToolContext context;

    EditImageTool(ToolContext context) {
        this.context = context;
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long startNanos = System.nanoTime();
        Arguments arguments = new Arguments(request.arguments());
        try {
            String key = arguments.text("idempotency_key");
            if (key == null) {
                return edit(exchange, request, arguments, null, startNanos);
            }
            Map<String, Object> defining = new HashMap<>(arguments.asMap());
            defining.remove("idempotency_key");
            defining.remove("timeout_seconds");
            return context.keys().run(key, defining,
                    attempt -> edit(exchange, request, arguments, attempt, startNanos));
        } catch (ToolFailure e) {
            return ToolResults.failure(context.failures().describe(e, null, false));
        }
    }

    private McpSchema.CallToolResult edit(McpSyncServerExchange exchange, McpSchema.CallToolRequest request,
            Arguments arguments, IdempotencyKeys.@Nullable Attempt attempt, long startNanos) {
        IdempotencyKeys.SubmittedJob job = attempt == null ? null : attempt.earlierJob();
        EditPlan plan = null;
        try {
            plan = EditPlan.of(arguments, context.directories().forCall(exchange), context);
            ProgressNotifier listener = new ProgressNotifier(exchange, request.progressToken(), context.secrets());
            ImageEditProvider provider = job == null ? plan.provider()
                    : context.pool().open(context.pool().providers().factory(job.providerId()));
            EditJob accepted;
            long submitNanos = System.nanoTime();
            if (job == null) {
                // A rate limit's wait before the submit counts against the call's time, as the wait after it does.
                accepted = provider.submit(plan.request(), plan.timeout(), listener);
                job = new IdempotencyKeys.SubmittedJob(accepted.providerId(), accepted.id());
                if (attempt != null) {
                    attempt.submitted(job);
                }
            } else {
                accepted = provider.resume(job.jobId());
            }
            listener.onSubmitted(accepted);
            Duration left = plan.timeout().minusNanos(System.nanoTime() - submitNanos);
            McpSchema.CallToolResult result = ToolResults.finished(context.completion().awaitAndWrite(provider,
                    accepted, left.compareTo(MINIMUM_WAIT) < 0 ? MINIMUM_WAIT : left, listener, plan.target(), plan.model().id(), plan.request().seed(),
                    plan.notices(), startNanos));
            if (attempt != null) {
                attempt.finished(result);
            }
            return result;
        } catch (RuntimeException e) {
            if (job == null && plan != null && e instanceof ImageEditException failure && failure.jobId() != null) {
                // An answer lost after the provider named the job: a repeat waits for that job.
                job = new IdempotencyKeys.SubmittedJob(plan.factory().id(), failure.jobId());
                if (attempt != null) {
                    attempt.submitted(job);
                }
            }
            McpSchema.CallToolResult failure = ToolResults.failure(context.failures().describe(e, job,
                    attempt != null));
            if (attempt != null && Failures.isFinal(e, job)) {
                attempt.finished(failure);
            }
            return failure;
        }
    }
}
