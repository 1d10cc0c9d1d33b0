package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.JobJournal;
import dev.imgedit.batch.JobRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The journal as a run writes it, with the latest record of each of the run's jobs kept at hand. */
final class Ledger {
    private final JobJournal journal;
    private final Map<String, JobRecord> latest = new ConcurrentHashMap<>();

    Ledger(JobJournal journal) {
        this.journal = journal;
    }

    /** Records the new jobs in one transaction. */
    void add(List<JobRecord> jobs, String event) {
        if (jobs.isEmpty()) {
            return;
        }
        journal.add(jobs, event);
        jobs.forEach(job -> latest.put(job.id(), job));
    }

    /** Records a known job as it is now, in one transaction. */
    JobRecord update(JobRecord job, String event) {
        journal.update(job, event);
        latest.put(job.id(), job);
        return job;
    }

    /** Remembers a job as the journal already has it. */
    void remember(JobRecord job) {
        latest.put(job.id(), job);
    }

    JobRecord latest(String id) {
        return Objects.requireNonNull(latest.get(id), () -> "job " + id + " is not part of this run");
    }
}
