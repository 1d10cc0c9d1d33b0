package dev.imgedit.mcp.internal.edit;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JournaledEdit;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.OpenDirectories;
import dev.imgedit.mcp.internal.OutputTarget;
import dev.imgedit.mcp.internal.ProgressNotifier;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolFailure;
import dev.imgedit.mcp.internal.ToolResults;
import dev.imgedit.mcp.internal.ToolSchemas;
import dev.imgedit.mcp.internal.jobs.JobLookUp;
import dev.imgedit.spi.ImageEditProviderFactory;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code fetch_job}: take up a job by the journal's id or the provider's, wait for it and write its result; nothing is
 * submitted. A journaled job is collected on its own provider, to where its edit meant to write, and the journal
 * records what happens to it.
 */
final class FetchJobTool {
    private final ToolContext context;

    FetchJobTool(ToolContext context) {
        this.context = context;
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long startNanos = System.nanoTime();
        Arguments arguments = new Arguments(request.arguments());
        EditJob job = null;
        JournaledEdit journaled = null;
        try {
            String id = arguments.requiredText("job_id");
            String providerId = arguments.text("provider");
            JobHistory history = context.journal().history();
            JobRecord known = history == null ? null : JobLookUp.find(history, id, providerId);
            if (known == null && providerId == null) {
                throw new ToolFailure("the job journal knows no job '" + id + "': give the provider that runs it");
            }
            ImageEditProviderFactory factory = context.pool().providers().factory(known == null ? providerId
                    : known.request().provider());
            String jobId = known == null ? id : JobLookUp.providerJobId(known);
            if (known == null) {
                context.pool().requireOwnJob(factory, jobId);
            }
            OpenDirectories directories = context.directories().forCall(exchange);
            OutputTarget target = target(arguments, directories, jobId, known);
            target.checkWritable(context.files());
            ImageEditProvider provider = context.pool().open(factory);
            List<String> notices = new ArrayList<>();
            journaled = known == null ? null : context.journal().resume(known, notices);
            job = EditJob.builder(factory.id(), jobId).build();
            EditJob resumed = provider.resume(jobId);
            ProgressNotifier listener = new ProgressNotifier(exchange, request.progressToken(), context.secrets());
            listener.onSubmitted(resumed);
            ToolResults.Finished finished = context.completion().awaitAndWrite(provider, resumed,
                    ToolSchemas.timeout(arguments), listener, target, known == null ? null : known.request().model(),
                    known == null ? null : known.request().seed(), notices, startNanos)
                    .withJournalId(journaled == null ? null : journaled.id());
            context.journal().done(journaled, finished);
            return ToolResults.finished(finished);
        } catch (RuntimeException e) {
            context.journal().failed(journaled, e, context.failures());
            return ToolResults.failure(context.failures().describe(e, job, false));
        }
    }

    /**
     * The output given; else where the journaled edit meant to write, while that is free and open; else
     * {@code JOB_ID.edited.EXT} in the first open directory.
     */
    private OutputTarget target(Arguments arguments, OpenDirectories directories, String jobId,
            @Nullable JobRecord known) {
        String output = arguments.text("output");
        Path explicit = output == null ? planned(directories, known) : directories.writable(output);
        return new OutputTarget(explicit, directories.first(), OutputTarget.safeName(jobId),
                EditPlan.format(arguments, explicit));
    }

    private @Nullable Path planned(OpenDirectories directories, @Nullable JobRecord known) {
        if (known == null || known.batchId() != null || known.outputStem() == null) {
            return null;
        }
        try {
            Path planned = directories.writable(known.outputStem());
            return context.files().mayWrite(planned) ? planned : null;
        } catch (ToolFailure e) {
            return null;
        }
    }
}
