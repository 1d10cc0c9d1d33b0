package dev.imgedit.fake.internal.script;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.fake.Outcome;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How far a script has been followed: which outcomes submits have taken, and which submits found none left. The
 * next outcome is the first unused one waiting for a prompt the submit's contains, else the first unused one in
 * script order. Kept by a {@link dev.imgedit.fake.FakeScript} in memory, or by a
 * {@link dev.imgedit.fake.internal.store.JobStore} beside its jobs for a script file, so that consecutive processes
 * take its outcomes in turn. Not thread-safe: its keeper locks.
 */
public final class ScriptProgress {
    private static final int PROMPT_SHOWN = 60;
    private static final int MAX_RAN_OUT = 20;

    private final String version;
    private final BitSet used;
    private final List<String> ranOut;

    /** @param version what the progress is of: a script file's content and time, so that a changed file starts over */
    public ScriptProgress(String version) {
        this(version, new BitSet(), List.of());
    }

    /**
     * A progress as a store kept it.
     *
     * @param used the indexes of the outcomes submits have taken
     * @param ranOut what each submit that found no outcome left was told
     */
    public static ScriptProgress restore(String version, BitSet used, List<String> ranOut) {
        return new ScriptProgress(version, used, ranOut);
    }

    private ScriptProgress(String version, BitSet used, List<String> ranOut) {
        this.version = Objects.requireNonNull(version, "version is null");
        this.used = (BitSet) used.clone();
        this.ranOut = new ArrayList<>(ranOut);
    }

    public String version() {
        return version;
    }

    /** The indexes of the outcomes submits have taken. */
    public BitSet used() {
        return (BitSet) used.clone();
    }

    /** What each submit that found no outcome left was told, the first {@value #MAX_RAN_OUT} at most. */
    public List<String> ranOut() {
        return List.copyOf(ranOut);
    }

    public ScriptProgress copy() {
        return new ScriptProgress(version, used, ranOut);
    }

    /**
     * Takes the outcome for a submit of {@code prompt}.
     *
     * @param source names the script in messages, such as {@code "script file 'retry.txt'"}
     * @throws InvalidRequestException when none is left for it; the progress remembers that
     */
    public Scripted claim(String source, List<Outcome> outcomes, String prompt) {
        int index = next(outcomes, prompt);
        if (index < 0) {
            InvalidRequestException failure = ranOut(source, outcomes, prompt);
            if (ranOut.size() < MAX_RAN_OUT) {
                ranOut.add(failure.getMessage());
            }
            throw failure;
        }
        used.set(index);
        return new Scripted(outcomes.get(index), "outcome " + (index + 1) + " of " + source);
    }

    public List<Outcome> unused(List<Outcome> outcomes) {
        return unusedIndexes(outcomes).mapToObj(outcomes::get).toList();
    }

    /**
     * @throws AssertionError saying which submits found the script run out and which outcomes were never used
     */
    public void verify(String source, List<Outcome> outcomes) {
        List<String> problems = new ArrayList<>(ranOut);
        String unused = unusedIndexes(outcomes).mapToObj(i -> "#" + (i + 1) + " " + outcomes.get(i))
                .collect(Collectors.joining(", "));
        if (!unused.isEmpty()) {
            problems.add(source + " has outcomes no submit used: " + unused);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }

    public int usedCount() {
        return used.cardinality();
    }

    private int next(List<Outcome> outcomes, String prompt) {
        int inOrder = -1;
        for (int i = used.nextClearBit(0); i < outcomes.size(); i = used.nextClearBit(i + 1)) {
            Outcome outcome = outcomes.get(i);
            if (outcome.promptContains() == null) {
                inOrder = inOrder < 0 ? i : inOrder;
            } else if (outcome.isFor(prompt)) {
                return i;
            }
        }
        return inOrder;
    }

    private InvalidRequestException ranOut(String source, List<Outcome> outcomes, String prompt) {
        List<String> waiting = unusedIndexes(outcomes).mapToObj(i -> "'" + outcomes.get(i).promptContains() + "'")
                .toList();
        return new InvalidRequestException(source + " has no outcome left for a submit of '" + shown(prompt) + "': "
                + (waiting.isEmpty()
                        ? "all " + outcomes.size() + " were used"
                        : "those left wait for prompts containing " + String.join(", ", waiting))
                + "; add outcomes to the script");
    }

    private IntStream unusedIndexes(List<Outcome> outcomes) {
        return IntStream.range(0, outcomes.size()).filter(i -> !used.get(i));
    }

    private static String shown(String prompt) {
        String line = prompt.strip().replaceAll("\\s+", " ");
        return line.length() <= PROMPT_SHOWN ? line : line.substring(0, PROMPT_SHOWN) + "...";
    }
}
