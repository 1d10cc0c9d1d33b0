package dev.imgedit.batch.internal.gallery;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.internal.Version;
import dev.imgedit.batch.internal.output.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code index.html} in the output folder: every item's input and output side by side, with a compare slider, what
 * was asked and what came of it. Self-contained (its style and script are inline, its images are relative links to
 * files on disk) and allowed by its own Content-Security-Policy to load nothing from a network. Every piece of text
 * is escaped: prompts are user text.
 */
public final class Gallery {
    public static final String FILE_NAME = "index.html";
    private static final String DOCTYPE = "<!DOCTYPE html>\n";

    private static final String STYLE = resource("gallery.css");
    private static final String SCRIPT = resource("gallery.js");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Gallery() {}

    /** How much of a page is read to tell whether this batch wrote it: its title is in the first few hundred bytes. */
    private static final int HEAD_BYTES = 8192;

    /**
     * Writes the page atomically, as {@value #FILE_NAME} unless a file this batch did not write is there (then
     * {@code index-2.html}, {@code index-3.html}, ...: the first that is free or this batch's own); its path.
     */
    public static Path write(OutputFolder folder, BatchRecord batch, List<JobRecord> jobs, String provider)
            throws IOException {
        String page = render(folder, batch, jobs, provider, Instant.now());
        String name = fileName(folder, batch);
        folder.write(name, page.getBytes(StandardCharsets.UTF_8));
        return folder.resolve(name);
    }

    private static String fileName(OutputFolder folder, BatchRecord batch) throws IOException {
        for (int variant = 1; ; variant++) {
            String name = variant == 1 ? FILE_NAME : "index-" + variant + ".html";
            Path file = folder.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || ownPage(file, batch)) {
                return name;
            }
        }
    }

    /** A page this batch wrote: a regular file that begins as the gallery does and bears the batch's title. */
    private static boolean ownPage(Path file, BatchRecord batch) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.startsWith(DOCTYPE) && head.contains(title(batch));
        }
    }

    private static String title(BatchRecord batch) {
        return "<title>imgedit batch " + Html.text(batch.id()) + "</title>";
    }

    static String render(OutputFolder folder, BatchRecord batch, List<JobRecord> jobs, String provider, Instant now) {
        StringBuilder html = new StringBuilder(4096 + jobs.size() * 1024);
        html.append(DOCTYPE).append("<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"imgedit ").append(Html.text(Version.current()))
                .append("\">\n").append(title(batch)).append("\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>imgedit batch <code>")
                .append(Html.text(batch.id())).append("</code></h1>\n<p class=\"counts\">")
                .append(Html.text(counts(jobs))).append("</p>\n<p class=\"about\">")
                .append(Html.text(provider)).append(" · page written ").append(Html.text(TIME.format(now)))
                .append("</p>\n</header>\n<main>\n");
        for (JobRecord job : jobs) {
            item(html, folder, job);
        }
        html.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, OutputFolder folder, JobRecord job) {
        JobRequest request = job.request();
        String state = job.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        html.append("<article class=\"item ").append(state).append("\" id=\"item-").append(Html.text(job.id()))
                .append("\" data-state=\"").append(job.state().name()).append("\">\n<div class=\"pair\">\n");
        String before = beforeSource(folder, job);
        String after = afterSource(folder, job);
        figure(html, "before", before, request.input());
        figure(html, "after", after, after == null ? emptyAfterText(job) : firstOutput(job));
        html.append("</div>\n");
        if (before != null && after != null) {
            html.append("<details class=\"compare-box\"><summary>Compare</summary>\n<div class=\"compare\">")
                    .append("<img src=\"").append(before).append("\" alt=\"\">")
                    .append("<img class=\"over\" src=\"").append(after).append("\" alt=\"\">")
                    .append("<input type=\"range\" min=\"0\" max=\"100\" value=\"50\" ")
                    .append("aria-label=\"Drag to compare before and after\"></div>\n</details>\n");
        }
        ItemFailure failure = job.failure();
        if (failure != null && job.state() != ItemState.DONE) {
            html.append("<p class=\"error\"><span class=\"kind\">").append(Html.text(failure.kind()))
                    .append("</span> ").append(Html.text(failure.message())).append("</p>\n");
        }
        html.append("<dl>\n");
        fact(html, "Prompt", request.prompt());
        fact(html, "Provider", request.provider() + " · " + request.model());
        fact(html, "Seed", seed(job));
        if (request.aspectRatio() != null) {
            fact(html, "Aspect ratio", request.aspectRatio());
        }
        if (!request.options().isEmpty()) {
            fact(html, "Options", request.options().entrySet().stream()
                    .map(option -> option.getKey() + "=" + option.getValue()).collect(Collectors.joining(", ")));
        }
        fact(html, "State", job.state().name());
        Instant time = job.finishedAt() != null ? job.finishedAt() : job.updatedAt();
        fact(html, "Time", TIME.format(time));
        if (job.jobId() != null) {
            fact(html, "Job id", job.jobId());
        }
        if (job.trackId() != null) {
            fact(html, "Track id", job.trackId());
        }
        html.append("</dl>\n</article>\n");
    }

    private static void figure(StringBuilder html, String role, @Nullable String source,
            String caption) {
        html.append("<figure class=\"").append(role).append("\">");
        if (source != null) {
            html.append("<img src=\"").append(source).append("\" alt=\"").append(role).append(": ")
                    .append(Html.text(caption)).append("\">");
        } else {
            html.append("<div class=\"missing\">").append(Html.text(caption)).append("</div>");
        }
        html.append("<figcaption>").append(role).append(" · ").append(Html.text(caption))
                .append("</figcaption></figure>\n");
    }

    /** A link to the input, when it is a file that was read as an image; a URL is never linked (no network). */
    private static @Nullable String beforeSource(OutputFolder folder, JobRecord job) {
        JobRequest request = job.request();
        if (request.inputType() == null || request.inputSha256() == null) {
            return null;
        }
        Path input = Path.of(request.inputLocation());
        return Files.isRegularFile(input) ? Html.href(folder.root(), input) : null;
    }

    private static @Nullable String afterSource(OutputFolder folder, JobRecord job) {
        if (job.state() != ItemState.DONE || job.outputs().isEmpty()) {
            return null;
        }
        Path output = folder.resolve(job.outputs().get(0).path());
        return Files.isRegularFile(output) ? Html.href(folder.root(), output) : null;
    }

    private static String firstOutput(JobRecord job) {
        OutputFile first = job.outputs().get(0);
        return first.path() + (job.outputs().size() > 1 ? " (+" + (job.outputs().size() - 1) + " more)" : "");
    }

    private static String emptyAfterText(JobRecord job) {
        return switch (job.state()) {
            case DONE -> "output missing from the folder";
            case FAILED -> "failed: " + Objects.requireNonNull(job.failure(), "failure").kind();
            case OUTCOME_UNKNOWN -> "outcome unknown";
            case SUBMITTED, SUBMITTING -> "still running at the provider";
            case PENDING -> "not edited yet";
        };
    }

    private static String seed(JobRecord job) {
        if (job.request().seed() != null) {
            return job.request().seed().toString();
        }
        String reported = job.result().get("seed");
        return reported != null ? reported + " (chosen by the provider)" : "chosen by the provider";
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<dt>").append(Html.text(name)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
    }

    private static String counts(List<JobRecord> jobs) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        jobs.forEach(job -> counts.merge(job.state(), 1, Integer::sum));
        return jobs.size() + " items: " + counts.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static String resource(String name) {
        try (InputStream in = Gallery.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the gallery's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
