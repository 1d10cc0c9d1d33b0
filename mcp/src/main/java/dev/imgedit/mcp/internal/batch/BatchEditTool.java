package dev.imgedit.mcp.internal.batch;

import dev.imgedit.AspectRatio;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.Batch;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchItems;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.BatchSummary;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.OpenDirectories;
import dev.imgedit.mcp.internal.ProgressNotifier;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolResults;
import dev.imgedit.mcp.internal.ToolSchemas;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code batch_edit}: the batch engine over a folder or a list of images, into an output folder, with the call's
 * progress token told as items finish. A call whose time runs out stops the run (jobs in flight go on at the
 * provider); the same call again goes on where it stopped, since the batch's journal in its folder never lets an item
 * be paid for twice.
 */
final class BatchEditTool {
    private final ToolContext context;
    private final BatchResults results;

    BatchEditTool(ToolContext context) {
        this.context = context;
        this.results = new BatchResults(context.secrets());
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Arguments arguments = new Arguments(request.arguments());
        try {
            // Everything that can be checked here is checked before a provider is opened or a folder created.
            String prompt = arguments.requiredText("prompt");
            BatchItems.checkPrompt(prompt);
            OpenDirectories directories = context.directories().forCall(exchange);
            Path output = directories.writableFolder(arguments.requiredText("output_folder"));
            directories.requireNoLinkOutside(output);
            List<BatchItem> items = items(arguments, directories, output, prompt);
            Long concurrency = arguments.whole("concurrency", 1, BatchTools.MAX_CONCURRENCY);
            Duration timeout = ToolSchemas.timeout(arguments);

            ProviderChoice choice = context.pool().choose(arguments.text("provider"));
            List<String> notices = new ArrayList<>();
            if (choice.fellBack()) {
                notices.add("edited with the offline provider " + choice.id() + ": " + choice.reason());
            }
            ImageEditProvider provider = context.pool().open(choice.factory());
            String model = arguments.text("model");
            BatchOptions options = BatchOptions.builder(output).model(model)
                    .concurrency(concurrency == null ? 0 : concurrency.intValue()).build();
            BatchProgressNotifier progress = new BatchProgressNotifier(new ProgressNotifier(exchange,
                    request.progressToken(), context.secrets()));
            AtomicBoolean timedOut = new AtomicBoolean();
            BatchSummary summary;
            try (Batch batch = Batch.open(provider, options)) {
                context.journal().remember(batch.record());
                CompletableFuture<Void> timer = CompletableFuture.runAsync(() -> {
                    timedOut.set(true);
                    batch.cancel();
                }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
                try {
                    summary = batch.run(items, progress);
                } finally {
                    timer.cancel(false);
                    progress.stop();
                }
            }
            return results.of(summary, choice.id(), provider.info().model(model).id(), notices, timedOut.get());
        } catch (RuntimeException e) {
            return ToolResults.failure(context.failures().describe(e, null, false));
        }
    }

    private static List<BatchItem> items(Arguments arguments, OpenDirectories directories, Path output,
            String prompt) {
        List<BatchInput.File> files = BatchInputs.of(arguments, directories, output);
        String ratio = arguments.text("aspect_ratio");
        AspectRatio aspectRatio = ratio == null ? null : AspectRatio.parse(ratio);
        Long seed = arguments.whole("seed", 0, ToolSchemas.MAX_SEED);
        Map<String, String> options = arguments.options("options");
        return files.stream().map(file -> new BatchItem(file, prompt, aspectRatio, seed, null, options)).toList();
    }
}
