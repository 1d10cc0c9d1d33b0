package dev.imgedit.cli.internal.jobs;

import static dev.imgedit.cli.internal.text.TerminalText.safe;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.JobEvent;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.WrittenImage;
import dev.imgedit.cli.internal.text.Columns;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Journaled jobs as a person reads them: a table of many, or one in full. Times are local. */
final class JobText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final int LONGEST_PROMPT = 40;
    private static final String STANDARD_OUTPUT = WrittenImage.STANDARD_OUTPUT.toString();

    private final CommandContext context;

    JobText(CommandContext context) {
        this.context = context;
    }

    /** One line per job under a heading, aligned. */
    List<String> table(List<JobRecord> jobs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "STATE", "UPDATED", "PROVIDER", "JOB ID", "BATCH", "INPUT", "PROMPT"));
        for (JobRecord job : jobs) {
            rows.add(List.of(job.id(), state(job), TIME.format(job.updatedAt()), job.request().provider(),
                    orDash(job.jobId()), orDash(job.batchId()), input(job.request()), shortened(job.request().prompt())));
        }
        return Columns.lines(rows);
    }

    /** Every field of one job, its outputs, its events, and what to do next. */
    List<String> details(JobRecord job, @Nullable BatchRecord batch, List<JobEvent> events) {
        JobRequest request = job.request();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", job.id());
        fields.put("state", state(job) + (job.failure() == null ? "" : ": " + job.failure().message()));
        if (job.batchId() != null) {
            fields.put("batch", job.batchId() + (batch == null ? "" : " (" + context.display(batch.outputDirectory())
                    + ")"));
        }
        fields.put("provider", request.provider() + ", model " + request.model());
        fields.put("job id", orDash(job.jobId()));
        fields.put("track id", orDash(job.trackId()));
        fields.put("input", input(request) + (request.inputSha256() == null ? "" : " (SHA-256 "
                + request.inputSha256() + ")"));
        fields.put("prompt", safe(request.prompt()));
        if (request.aspectRatio() != null) {
            fields.put("aspect ratio", request.aspectRatio());
        }
        if (request.seed() != null) {
            fields.put("seed", request.seed().toString());
        }
        if (!request.options().isEmpty()) {
            fields.put("options", request.options().toString());
        }
        if (job.outputs().isEmpty() && job.outputStem() != null && job.batchId() == null) {
            fields.put("output", context.display(Path.of(job.outputStem())) + " (planned)");
        }
        for (OutputFile output : job.outputs()) {
            String path = job.batchId() != null ? output.path() : output.path().equals(STANDARD_OUTPUT)
                    ? "standard output" : context.display(Path.of(output.path()));
            fields.merge("output", path + " (" + output.width() + "x" + output.height() + ", SHA-256 "
                    + output.sha256() + ")", (first, next) -> first + "\n" + next);
        }
        fields.put("submitted", job.submits() + (job.submits() == 1 ? " time" : " times"));
        fields.put("created", TIME.format(job.createdAt()));
        fields.put("updated", TIME.format(job.updatedAt()));
        List<String> lines = new ArrayList<>();
        fields.forEach((name, value) -> {
            String[] values = value.split("\n");
            for (int index = 0; index < values.length; index++) {
                lines.add(String.format("%-13s %s", index == 0 ? name + ":" : "", safe(values[index])));
            }
        });
        lines.add("events:");
        for (JobEvent event : events) {
            lines.add("  " + TIME.format(event.at()) + "  " + event.state() + "  " + safe(event.detail()));
        }
        return lines;
    }

    private String input(JobRequest request) {
        String input = UserJournal.shownInput(request);
        return safe(input.startsWith("/") ? context.display(Path.of(input)) : input);
    }

    private static String state(JobRecord job) {
        return job.failure() == null || job.failure().kind().equals(job.state().name()) ? job.state().name()
                : job.state() + " (" + job.failure().kind() + ")";
    }

    private static String shortened(String prompt) {
        String line = safe(prompt.replaceAll("\\s+", " ").strip());
        return line.length() <= LONGEST_PROMPT ? line : line.substring(0, LONGEST_PROMPT - 3) + "...";
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "-" : value;
    }
}
