package dev.imgedit.fake.internal.store;

import dev.imgedit.EditedImage;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.ScriptProgress;
import dev.imgedit.fake.internal.script.Scripted;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jobs kept in this JVM's memory ({@code IMGEDIT_FAKE_JOB_DIRECTORY=memory}): another provider instance of the same
 * JVM can resume them, another process cannot. Bounded by count and by bytes held, the oldest jobs going first, as
 * a service expires them. The progress of script files is kept here too, one per file.
 */
public final class MemoryJobStore extends JobStore {
    private static final MemoryJobStore SHARED = new MemoryJobStore(1000, 256L * 1024 * 1024);

    private final int maxJobs;
    private final long maxBytes;
    private final Map<String, Entry> jobs = new LinkedHashMap<>();
    private final Map<Path, ScriptProgress> scripts = new HashMap<>();
    private long retainedBytes;

    private record Entry(FakeJob job, List<EditedImage> images, AtomicInteger checksMade) {}

    /** A store of its own, for tests; providers share {@link #shared()}. */
    public MemoryJobStore(int maxJobs, long maxBytes) {
        if (maxJobs <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("maxJobs and maxBytes must be positive");
        }
        this.maxJobs = maxJobs;
        this.maxBytes = maxBytes;
    }

    /** The JVM-wide store, playing the part of the service's memory. */
    public static MemoryJobStore shared() {
        return SHARED;
    }

    @Override
    public synchronized void add(FakeJob job, List<EditedImage> images) {
        jobs.put(job.id(), new Entry(job, List.copyOf(images), new AtomicInteger()));
        retainedBytes += job.retainedBytes();
        Iterator<Entry> oldestFirst = jobs.values().iterator();
        while ((jobs.size() > maxJobs || retainedBytes > maxBytes) && jobs.size() > 1) {
            retainedBytes -= oldestFirst.next().job().retainedBytes();
            oldestFirst.remove();
        }
    }

    @Override
    public FakeJob find(String id) {
        return entry(id).job();
    }

    @Override
    public JobState check(FakeJob job, Instant now) {
        AtomicInteger checksMade = entry(job.id()).checksMade();
        int earlier = checksMade.getAndUpdate(made -> job.countsCheck(made) ? made + 1 : made);
        return job.stateAfter(earlier, now);
    }

    @Override
    public JobState peek(FakeJob job, Instant now) {
        return job.stateAfter(entry(job.id()).checksMade().get(), now);
    }

    @Override
    public List<EditedImage> images(FakeJob job) {
        return entry(job.id()).images();
    }

    @Override
    public String where() {
        return "in this JVM's memory";
    }

    @Override
    public synchronized Scripted claim(ScriptFile script, String prompt) {
        ScriptProgress progress = scripts.get(script.path());
        if (progress == null || !progress.version().equals(script.version())) {
            progress = new ScriptProgress(script.version());
            scripts.put(script.path(), progress);
        }
        return progress.claim(script.source(), script.outcomes(), prompt);
    }

    @Override
    public synchronized ScriptProgress progress(ScriptFile script) {
        ScriptProgress progress = scripts.get(script.path());
        return progress != null && progress.version().equals(script.version())
                ? progress.copy()
                : new ScriptProgress(script.version());
    }

    public synchronized int size() {
        return jobs.size();
    }

    private synchronized Entry entry(String id) {
        Entry entry = jobs.get(id);
        if (entry == null) {
            throw new JobNotFoundException("no fake job " + id + " " + where() + ": with " + FakeSettings.JOB_DIRECTORY
                    + "=" + FakeSettings.MEMORY + " jobs live only in the JVM that submitted them, the newest "
                    + maxJobs + " at most", id, null);
        }
        return entry;
    }
}
