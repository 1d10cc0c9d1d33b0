package dev.imgedit.fake;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.fake.internal.CallRecorder;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.fake.internal.ServiceSetup;
import dev.imgedit.fake.internal.ServiceTime;
import dev.imgedit.fake.internal.SubmitRetries;
import dev.imgedit.fake.internal.store.MemoryJobStore;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake image-editing service of a test's own, as MockWebServer is an HTTP server of a test's own: the application
 * under test gets {@link #provider()} (a real {@link ImageEditProvider}, making the fake's real edits), and the test
 * says what each submit gets ({@link #script()}), reads what the application sent ({@link #recording()}) and owns
 * the time ({@link #clock()}, on which latency, queues, rate limits and await timeouts pass without sleeping).
 * Jobs are kept in this service's memory only, so tests do not see each other's.
 *
 * <pre>{@code
 * try (FakeService fake = FakeService.create()) {
 *     fake.script().enqueue(Outcome.rateLimited(Duration.ofSeconds(2)), Outcome.succeeds());
 *     new MyApplication(fake.provider(), fake.clock()).run();
 *     assertThat(fake.recording().takeRequest().prompt()).isEqualTo("make it snow");
 *     fake.verify();
 * }
 * }</pre>
 * The JUnit 5 extension of {@code imgedit-fake-junit} makes one per test, verifies it and closes it.
 */
public final class FakeService implements AutoCloseable {
    private final FakeClock clock;
    private final FakeScript script;
    private final Recording recording;
    private final ServiceSetup setup;
    private final ProviderInfo info = FakeProviderFactory.inThisProcessOnly();
    private final List<ImageEditProvider> opened = new ArrayList<>();
    private final ImageEditProvider provider;

    private FakeService(Builder builder) {
        this.clock = builder.clock != null ? builder.clock : FakeClock.create();
        this.script = builder.script != null ? builder.script : FakeScript.of();
        this.recording = new Recording(clock);
        this.setup = new ServiceSetup(builder.latency, new MemoryJobStore(1000, 256L * 1024 * 1024),
                request -> script.next(request, Outcome.succeeds()), new Recorder(recording),
                new ServiceTime(clock, clock::nanoTime, clock::sleep),
                new SubmitRetries(builder.maxRetries, builder.maxRetryWait));
        this.provider = openProvider();
    }

    /** A service on a {@link FakeClock} of its own, without latency, with an empty script: every job succeeds. */
    public static FakeService create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The provider the application is given; closed with the service. */
    public ImageEditProvider provider() {
        return provider;
    }

    /**
     * Another provider of this service, as a restarted application opens one: it sees the same jobs, script,
     * recording and clock. Closed with the service.
     */
    public synchronized ImageEditProvider openProvider() {
        ImageEditProvider another = new FakeImageEditProvider(info, setup);
        opened.add(another);
        return another;
    }

    /**
     * A factory whose providers are this service's ({@link #openProvider()}), whatever the config, for an
     * application that chooses its provider through {@code ImageEditProviders.of(List.of(fake.factory()))}.
     */
    public ImageEditProviderFactory factory() {
        return new ImageEditProviderFactory() {
            @Override
            public ProviderInfo info() {
                return info;
            }

            @Override
            public boolean isConfigured(ProviderConfig config) {
                return true;
            }

            @Override
            public ImageEditProvider create(ProviderConfig config) {
                return openProvider();
            }
        };
    }

    /** What each submit gets; add outcomes at any time, for submits to come. */
    public FakeScript script() {
        return script;
    }

    /** Every call the application made, in order. */
    public Recording recording() {
        return recording;
    }

    /** The service's time: give it to the application, so that its waits cost nothing either. */
    public FakeClock clock() {
        return clock;
    }

    /**
     * Checks that the script was followed ({@link FakeScript#verify()}).
     *
     * @throws AssertionError saying which submits found the script run out and which outcomes were never used
     */
    public void verify() {
        script.verify();
    }

    /** Closes every provider of this service; the script and the recording can still be read. */
    @Override
    public synchronized void close() {
        opened.forEach(ImageEditProvider::close);
    }

    @Override
    public String toString() {
        return "FakeService[" + script + ", " + recording.calls().size() + " calls, " + clock + "]";
    }

    /** Builds a {@link FakeService}. */
    public static final class Builder {
        private @Nullable FakeClock clock;
        private Duration latency = Duration.ZERO;
        private @Nullable FakeScript script;
        private int maxRetries = SubmitRetries.MODELSLAB_DEFAULTS.maxRetries();
        private Duration maxRetryWait = SubmitRetries.MODELSLAB_DEFAULTS.maxWait();

        private Builder() {}

        /** Default: a new {@link FakeClock#create()} for each service built. */
        public Builder clock(FakeClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /** A delay at submit and at each status check, on the service's clock; default none. */
        public Builder latency(Duration latency) {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative");
            }
            this.latency = latency;
            return this;
        }

        /**
         * How many times the service's providers send a rate-limited submit again, after the wait it asked for (on
         * the service's clock, telling the listener {@code onWaiting}), as ModelsLab's provider does
         * ({@code MODELSLAB_MAX_RETRIES}); default 2, as there. 0: every rate limit reaches the application at once.
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The longest wait before such a retry, as ModelsLab's {@code MODELSLAB_MAX_RETRY_WAIT}; default 60 s, as
         * there. A rate limit asking for longer is not waited: it reaches the application at once.
         */
        public Builder maxRetryWait(Duration maxRetryWait) {
            if (maxRetryWait.isNegative() || maxRetryWait.isZero()) {
                throw new IllegalArgumentException("maxRetryWait must be positive, got " + maxRetryWait);
            }
            this.maxRetryWait = maxRetryWait;
            return this;
        }

        /** The script the service follows, as it is; default: a new empty one for each service built. */
        public Builder script(FakeScript script) {
            this.script = Objects.requireNonNull(script, "script is null");
            return this;
        }

        /** A new service, with jobs and a recording of its own. */
        public FakeService build() {
            return new FakeService(this);
        }
    }

    /** Records calls into {@link Recording}, whose adding methods are not public. */
    private record Recorder(Recording recording) implements CallRecorder {
        @Override
        public void submitted(EditRequest request) {
            recording.submitted(request);
        }

        @Override
        public void awaited(String jobId, Duration timeout) {
            recording.awaited(jobId, timeout);
        }

        @Override
        public void resumed(String jobId) {
            recording.resumed(jobId);
        }
    }
}
