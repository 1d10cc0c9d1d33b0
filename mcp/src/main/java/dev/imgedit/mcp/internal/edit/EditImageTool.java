package dev.imgedit.mcp.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JournaledEdit;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.ProgressNotifier;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolResults;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code edit_image}: plan the edit (every local check first), journal it, submit it, then wait for it while telling
 * the client's progress token, write the result and journal that. With an idempotency key, a repeat of an edit the
 * journal knows takes up the job the first call made instead of paying for another.
 */
final class EditImageTool {
    /** A submit that used up the call's time still gets one look at its job. */
    private static final Duration MINIMUM_WAIT = Duration.ofMillis(1);

    private final ToolContext context;
    private final KeyedEdits keyed = new KeyedEdits();

    EditImageTool(ToolContext context) {
        this.context = context;
    }

    /**
     * One call, planned.
     *
     * @param key the idempotency key, or null
     * @param startNanos when the call began, for the elapsed time
     * @param plannedNanos when planning ended: the call's timeout counts from here
     */
    private record Call(EditPlan plan, ProgressNotifier listener, @Nullable String key, long startNanos,
            long plannedNanos) {}

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long startNanos = System.nanoTime();
        Arguments arguments = new Arguments(request.arguments());
        String key = null;
        try {
            key = arguments.text("idempotency_key");
            if (key != null) {
                KeyedEdits.check(key);
            }
            EditPlan plan = EditPlan.of(arguments, context.directories().forCall(exchange), context);
            Call call = new Call(plan, new ProgressNotifier(exchange, request.progressToken(), context.secrets()),
                    key, startNanos, System.nanoTime());
            return key == null ? submit(call) : keyed.exclusively(key, () -> submitOnce(call));
        } catch (RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, null, key != null));
        }
    }

    /** A repeat finds the job the key's first call made; only an edit never paid for is submitted (again). */
    private McpSchema.CallToolResult submitOnce(Call call) {
        EditPlan plan = call.plan();
        JobRecord earlierJob = context.journal().latestWithKey(JournaledEdit.requestKey(plan.factory().id(),
                plan.model().id(), plan.request(), call.key()));
        KeyedEdits.Earlier earlier = earlierJob == null ? null : KeyedEdits.earlier(earlierJob, context.secrets());
        if (earlier == null) {
            return submit(call);
        }
        return earlier.answer() != null ? earlier.answer() : collect(call, Objects.requireNonNull(earlier.toCollect()));
    }

    private McpSchema.CallToolResult submit(Call call) {
        EditPlan plan = call.plan();
        plan.target().checkWritable(context.files());
        List<String> notices = new ArrayList<>(plan.notices());
        JournaledEdit journaled = context.journal().begin(plan.factory().id(), plan.model().id(), plan.request(),
                plan.input(), plan.plannedOutput(), call.key(), notices);
        EditJob accepted = null;
        try {
            // A rate limit's wait before the submit counts against the call's time, as the wait after it does.
            accepted = plan.provider().submit(journaled == null ? plan.request() : journaled.withTrackId(
                    plan.request()), plan.timeout(), call.listener());
            context.journal().accepted(journaled, accepted.id());
            return finish(call, plan.provider(), accepted, journaled, notices);
        } catch (RuntimeException e) {
            return failed(call, e, accepted, journaled);
        }
    }

    /** Waits for the job an earlier call with the same key submitted, and writes its result. */
    private McpSchema.CallToolResult collect(Call call, JobRecord earlier) {
        EditPlan plan = call.plan();
        plan.target().checkWritable(context.files());
        List<String> notices = new ArrayList<>(plan.notices());
        notices.add("the job an earlier call with this idempotency_key submitted; nothing was submitted again");
        JournaledEdit journaled = context.journal().resume(earlier, notices);
        EditJob job = Objects.requireNonNull(earlier.editJob(), "a job to collect has a job id");
        try {
            return finish(call, plan.provider(), plan.provider().resume(job.id()), journaled, notices);
        } catch (RuntimeException e) {
            return failed(call, e, job, journaled);
        }
    }

    private McpSchema.CallToolResult finish(Call call, ImageEditProvider provider, EditJob job,
            @Nullable JournaledEdit journaled, List<String> notices) {
        EditPlan plan = call.plan();
        call.listener().onSubmitted(job);
        Duration left = plan.timeout().minusNanos(System.nanoTime() - call.plannedNanos());
        ToolResults.Finished finished = context.completion().awaitAndWrite(provider, job,
                left.compareTo(MINIMUM_WAIT) < 0 ? MINIMUM_WAIT : left, call.listener(), plan.target(),
                plan.model().id(), plan.request().seed(), notices, call.startNanos())
                .withJournalId(journaled == null ? null : journaled.id());
        context.journal().done(journaled, finished);
        return ToolResults.finished(finished);
    }

    private McpSchema.CallToolResult failed(Call call, RuntimeException failure, @Nullable EditJob job,
            @Nullable JournaledEdit journaled) {
        context.journal().failed(journaled, failure, context.failures());
        EditJob known = job;
        if (known == null && failure instanceof ImageEditException imageEdit && imageEdit.jobId() != null) {
            // An answer lost after the provider named the job: fetch_job, or a repeat with the key, waits for it.
            known = EditJob.builder(call.plan().factory().id(), imageEdit.jobId()).build();
        }
        return ToolResults.failure(context.failures().describe(failure, known, call.key() != null));
    }
}
