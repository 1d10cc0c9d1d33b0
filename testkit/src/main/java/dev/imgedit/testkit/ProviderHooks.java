package dev.imgedit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * How {@link ImageEditProviderContract} gets the providers it tests: one opened before each test and closed after
 * it, and the provider's own answers to what the kit cannot know.
 *
 * <p>The hooks, each overridable:
 * <ul>
 *   <li>{@link #openProvider()} (required): a provider whose jobs finish, possibly after some status checks;
 *   <li>{@link #requestsSent()} (required): how many requests the provider has sent to its service, to prove that
 *       a refused request sent none;
 *   <li>{@link #openProviderWhoseJobsQueue()}: jobs that stay processing for at least one status check; null skips
 *       the progress test;
 *   <li>{@link #openProviderWhoseJobsNeverFinish()}: jobs that never finish; null skips the timeout test;
 *   <li>{@link #urlInput()}: an http(s) URL the service can fetch; null skips the URL test;
 *   <li>{@link #inputOfSize(int, int)}: an input image of that size, by default a PNG drawn by {@link TestImages};
 *   <li>{@link #outputKeepsInputProportions()}: whether, without an aspect ratio, the output has the input's
 *       proportions (true by default, as Flux Kontext does); when false, results are told apart by their bytes;
 *   <li>{@link #timeout()}: how long one edit may take, 30 s by default.
 * </ul>
 */
public abstract class ProviderHooks {
    private @Nullable ImageEditProvider provider;

    /** Opens a provider whose jobs finish, possibly after some status checks. */
    protected abstract ImageEditProvider openProvider();

    /** How many requests the provider has sent to its service so far (an offline provider: jobs it started). */
    protected abstract long requestsSent();

    /**
     * Opens a provider whose jobs stay processing for at least one status check and then finish, or returns null
     * when the provider cannot be made to queue (the progress test is then skipped).
     */
    protected @Nullable ImageEditProvider openProviderWhoseJobsQueue() {
        return null;
    }

    /**
     * Opens a provider whose jobs are accepted but never finish, or returns null when the provider cannot be made
     * to behave so (the timeout test is then skipped).
     */
    protected @Nullable ImageEditProvider openProviderWhoseJobsNeverFinish() {
        return null;
    }

    /** A URL input the service can fetch, or null when the provider takes no URLs here. */
    protected @Nullable ImageInput urlInput() {
        return null;
    }

    /** An input image of this size. */
    protected ImageInput inputOfSize(int width, int height) {
        return ImageInput.bytes(TestImages.pngBytes(width, height), "sample-" + width + "x" + height + ".png");
    }

    /** Whether an edit without an aspect ratio keeps the input's proportions. */
    protected boolean outputKeepsInputProportions() {
        return true;
    }

    /** How long one edit may take. */
    protected Duration timeout() {
        return Duration.ofSeconds(30);
    }

    @BeforeEach
    void openTheProvider() {
        provider = openProvider();
    }

    @AfterEach
    void closeTheProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    /** The provider {@link #openProvider()} opened for this test. */
    protected final ImageEditProvider provider() {
        assertThat(provider).as("provider").isNotNull();
        return provider;
    }

    /** The input most tests edit. */
    protected final ImageInput sampleInput() {
        return inputOfSize(320, 240);
    }

}
