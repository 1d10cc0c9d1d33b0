package dev.imgedit.mcp.internal;

import dev.imgedit.EditJob;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.spi.ImageEditProviderFactory;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;

/** {@code fetch_job}: take up a job by provider and id, wait for it and write its result; nothing is submitted. */
final class FetchJobTool {
    private final ToolContext context;

    FetchJobTool(ToolContext context) {
        this.context = context;
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long startNanos = System.nanoTime();
        Arguments arguments = new Arguments(request.arguments());
        IdempotencyKeys.SubmittedJob job = null;
        try {
            ImageEditProviderFactory factory = context.pool().providers().factory(arguments.requiredText("provider"));
            String jobId = arguments.requiredText("job_id");
            context.pool().requireOwnJob(factory, jobId);
            OpenDirectories directories = context.directories().forCall(exchange);
            String output = arguments.text("output");
            Path explicit = output == null ? null : directories.writable(output);
            ImageType format = EditPlan.format(arguments, explicit);
            OutputTarget target = new OutputTarget(explicit, directories.first(), OutputTarget.safeName(jobId),
                    format);
            target.checkWritable(context.files());
            ImageEditProvider provider = context.pool().open(factory);
            job = new IdempotencyKeys.SubmittedJob(factory.id(), jobId);
            EditJob resumed = provider.resume(jobId);
            ProgressNotifier listener = new ProgressNotifier(exchange, request.progressToken(), context.secrets());
            listener.onSubmitted(resumed);
            return ToolResults.finished(context.completion().awaitAndWrite(provider, resumed,
                    EditPlan.timeout(arguments), listener, target, null, null, List.of(), startNanos));
        } catch (RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, job, false));
        }
    }
}
