package dev.imgedit.fake;

import dev.imgedit.EditRequest;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.ScriptProgress;
import dev.imgedit.fake.internal.script.Scripted;
import dev.imgedit.fake.internal.store.JobStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a fake service does with each submit, in order: a list of {@link Outcome}s, each taken by one submit. An
 * outcome with {@link Outcome#whenPromptContains} is taken by the first submit whose prompt contains its text;
 * the others go in script order. A script that has outcomes is strict: a submit finding none left fails with an
 * {@link InvalidRequestException} saying so (not retriable, so a retrying application stops), and
 * {@link #verify()} then fails, as it does when an outcome was never used. An empty script lets every job succeed.
 *
 * <p>The same script as a file, one outcome a line ({@link #read}, and {@code IMGEDIT_FAKE_SCRIPT} for the CLI):
 * <pre>
 * # the first submit is rate limited, the second is accepted and queues for two status checks
 * rate-limited retry-after=2s
 * succeeds after-checks=2
 * job-fails when-prompt-contains="a cat"
 * </pre>
 * Thread-safe.
 */
public final class FakeScript {
    private static final String UNNAMED = "the fake's script";
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private final String source;
    private final List<Outcome> outcomes;
    private final ScriptProgress progress;

    FakeScript(String source, List<Outcome> outcomes, ScriptProgress progress) {
        this.source = source;
        this.outcomes = new ArrayList<>(outcomes);
        this.progress = progress;
    }

    /** A script of these outcomes, in order; none lets every job succeed. */
    public static FakeScript of(Outcome... outcomes) {
        return new FakeScript(UNNAMED, List.of(outcomes), new ScriptProgress(UNNAMED));
    }

    /**
     * A script in the file form.
     *
     * @throws InvalidRequestException naming the line and the fix when a line is not an outcome
     */
    public static FakeScript parse(String text) {
        return new FakeScript(UNNAMED, ScriptSyntax.parse(text, UNNAMED), new ScriptProgress(UNNAMED));
    }

    /**
     * Reads a script file (UTF-8).
     *
     * @throws InvalidRequestException naming the file when it is missing, too large, not text, or has a line that is
     *     not an outcome
     * @throws UncheckedIOException when it exists but cannot be read
     */
    public static FakeScript read(Path file) {
        ScriptFile script = load(file);
        return new FakeScript(script.source(), script.outcomes(), new ScriptProgress(script.version()));
    }

    /**
     * The script file {@code settings} name, as far as the fakes opened with those settings have followed it (they
     * keep its progress where they keep their jobs): for a test that runs the CLI with {@code IMGEDIT_FAKE_SCRIPT}
     * and then {@link #verify()}s that every outcome was used.
     *
     * @throws IllegalArgumentException when the settings name no script
     */
    public static FakeScript progressOf(FakeSettings settings) {
        Path file = settings.script();
        if (file == null) {
            throw new IllegalArgumentException("the settings name no script");
        }
        ScriptFile script = load(file);
        return new FakeScript(script.source(), script.outcomes(), JobStores.open(settings).progress(script));
    }

    /** Adds outcomes after those there, for submits to come. */
    public synchronized FakeScript enqueue(Outcome... more) {
        outcomes.addAll(Arrays.asList(more));
        return this;
    }

    /** Every outcome, used or not, in script order. */
    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The outcomes no submit has taken yet, in script order. */
    public synchronized List<Outcome> unused() {
        return progress.unused(outcomes);
    }

    /**
     * Checks that the script was followed: no submit found it run out, and every outcome was used.
     *
     * @throws AssertionError saying which submits found nothing left and which outcomes were never used
     */
    public synchronized void verify() {
        progress.verify(source, outcomes);
    }

    /** The script in the file form, one outcome a line. */
    public synchronized String toText() {
        return outcomes.stream().map(Outcome::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The outcome for this submit, taken; {@code whenEmpty} when the script has no outcomes at all. */
    synchronized Scripted next(EditRequest request, Outcome whenEmpty) {
        if (outcomes.isEmpty()) {
            return new Scripted(whenEmpty, source + ", which is empty");
        }
        return progress.claim(source, outcomes, request.prompt());
    }

    /** Reads a script file, with what identifies this version of it. */
    static ScriptFile load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String source = "script file '" + absolute + "'";
        try {
            if (Files.isDirectory(absolute)) {
                throw new InvalidRequestException(source + " is a directory: give the script file in it");
            }
            if (Files.size(absolute) > MAX_FILE_BYTES) {
                throw new InvalidRequestException(source + " is over " + MAX_FILE_BYTES / 1024 + " KiB: is it the "
                        + "right file?");
            }
            byte[] bytes = Files.readAllBytes(absolute);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            String version = RecordedImage.sha256(bytes) + "@" + Files.getLastModifiedTime(absolute).toMillis();
            return new ScriptFile(absolute, source, version, ScriptSyntax.parse(text, source));
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException(source + " does not exist: check the path");
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(source + " is not UTF-8 text: is it the right file?");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized String toString() {
        return "FakeScript[" + source + ": " + outcomes.size() + " outcomes, " + progress.usedCount() + " used]";
    }
}
