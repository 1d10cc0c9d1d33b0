package dev.imgedit.testkit;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener that writes down the steps of a submit as words, in order: {@code submitting} before each paid request,
 * {@code waiting 10 s} for each wait the provider makes before sending again, {@code submitted} when the job is
 * accepted. Two providers that behave alike give equal lists. Thread-safe.
 */
public final class SubmitRecorder implements EditListener {
    private final List<String> steps = new ArrayList<>();

    @Override
    public synchronized void onSubmitting() {
        steps.add("submitting");
    }

    @Override
    public synchronized void onWaiting(Duration wait, String reason) {
        steps.add("waiting " + Durations.describe(wait));
    }

    @Override
    public synchronized void onSubmitted(EditJob job) {
        steps.add("submitted");
    }

    /** The steps heard so far. */
    public synchronized List<String> steps() {
        return List.copyOf(steps);
    }
}
