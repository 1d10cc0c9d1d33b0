package dev.imgedit.mcp.internal.jobs;

import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.mcp.internal.ToolFailure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Finding a journaled job by either of its ids, as get_job and fetch_job take them. */
public final class JobLookUp {
    private JobLookUp() {}

    /**
     * The job {@code id} names: the journal's own id, else the provider's job id (of {@code providerId}'s jobs, when
     * given: two providers' ids may look alike), the latest first; null when the journal knows none.
     *
     * @throws ToolFailure when the job ran on another provider than {@code providerId}, or the id is the job id of
     *     jobs of several providers and {@code providerId} is null
     */
    public static @Nullable JobRecord find(JobHistory history, String id, @Nullable String providerId) {
        JobRecord byJournalId = history.find(id);
        List<JobRecord> found = byJournalId != null ? List.of(byJournalId) : history.findByJobId(id);
        List<String> providers = found.stream().map(job -> job.request().provider()).distinct().toList();
        if (providerId != null) {
            if (!providers.isEmpty() && !providers.contains(providerId)) {
                throw new ToolFailure("job '" + id + "' ran on provider '" + String.join("' and '", providers)
                        + "', not '" + providerId + "': leave provider out, or give provider '" + providers.get(0)
                        + "'");
            }
            found = found.stream().filter(job -> job.request().provider().equals(providerId)).toList();
        } else if (providers.size() > 1) {
            throw new ToolFailure("job id '" + id + "' is known to providers " + String.join(", ", providers)
                    + ": give provider to say which");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The provider's id of a journaled job, to collect it.
     *
     * @throws ToolFailure when the provider never accepted it, saying what is known instead
     */
    public static String providerJobId(JobRecord job) {
        if (job.jobId() != null) {
            return job.jobId();
        }
        String provider = job.request().provider();
        if (job.state() == ItemState.OUTCOME_UNKNOWN || job.state() == ItemState.SUBMITTING) {
            throw new ToolFailure("job " + job.id() + " has no job id: the answer to its submit was lost, so it may "
                    + "have been accepted (and charged) under track id " + job.trackId() + "; look for that track id "
                    + "with provider " + provider + " before editing again");
        }
        throw new ToolFailure("job " + job.id() + " was never accepted by provider " + provider + " (" + job.state()
                + (job.failure() == null ? "" : ", " + job.failure().kind()) + "): there is nothing to fetch; edit "
                + "again (get_job shows what happened)");
    }
}
