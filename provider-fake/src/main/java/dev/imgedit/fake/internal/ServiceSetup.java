package dev.imgedit.fake.internal;

import dev.imgedit.fake.FakeSettings;
import dev.imgedit.fake.internal.script.OutcomeSource;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.SettingsOutcomes;
import dev.imgedit.fake.internal.store.JobStore;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The imitated service that fake providers talk to: its latency, where it keeps jobs, what it does with each submit,
 * who records the calls, the time it keeps and the rate limit it holds. Providers opened on one setup share all of
 * it, as clients of one service do.
 */
public final class ServiceSetup {
    private final Duration latency;
    private final JobStore jobs;
    private final OutcomeSource outcomes;
    private final CallRecorder calls;
    private final ServiceTime time;
    private final SubmitRetries retries;
    private final RateLimitWindow rateLimit = new RateLimitWindow();

    /** @param retries how the providers of this service send a rate-limited submit again */
    public ServiceSetup(Duration latency, JobStore jobs, OutcomeSource outcomes, CallRecorder calls,
            ServiceTime time, SubmitRetries retries) {
        this.latency = Objects.requireNonNull(latency, "latency is null");
        this.jobs = Objects.requireNonNull(jobs, "jobs is null");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes is null");
        this.calls = Objects.requireNonNull(calls, "calls is null");
        this.time = Objects.requireNonNull(time, "time is null");
        this.retries = Objects.requireNonNull(retries, "retries is null");
    }

    /**
     * The service {@code settings} describe, on the real clock, recording nothing. Its providers do not send a
     * rate-limited submit again: each outcome of a script file is one command's.
     *
     * @param script the script file the settings name, read; null when they name none
     */
    public static ServiceSetup of(FakeSettings settings, JobStore jobs, @Nullable ScriptFile script) {
        return of(settings, jobs, script, ServiceTime.system());
    }

    /** The service {@code settings} describe, on {@code time}, recording nothing. */
    public static ServiceSetup of(FakeSettings settings, JobStore jobs, @Nullable ScriptFile script,
            ServiceTime time) {
        OutcomeSource outcomes = script == null ? new SettingsOutcomes(settings) : jobs.outcomesOf(script);
        return new ServiceSetup(settings.latency(), jobs, outcomes, CallRecorder.NONE, time, SubmitRetries.NONE);
    }

    Duration latency() {
        return latency;
    }

    JobStore jobs() {
        return jobs;
    }

    OutcomeSource outcomes() {
        return outcomes;
    }

    CallRecorder calls() {
        return calls;
    }

    ServiceTime time() {
        return time;
    }

    SubmitRetries retries() {
        return retries;
    }

    RateLimitWindow rateLimit() {
        return rateLimit;
    }
}
