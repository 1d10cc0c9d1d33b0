package dev.imgedit.cli.internal.jobs;

import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the user's journal is for a run, and the look-ups {@code jobs} and {@code fetch} share. */
public final class UserJournal {
    private static final Logger LOGGER = LoggerFactory.getLogger(UserJournal.class);

    private UserJournal() {}

    /**
     * {@code $XDG_STATE_HOME/imgedit/journal.db}, else {@code ~/.local/state/imgedit/journal.db}, from the run's own
     * environment (so a test chooses it); null when neither is set.
     */
    public static @Nullable Path location(CommandContext context) {
        return JobHistory.defaultLocation(context.environment());
    }

    /**
     * The journal, to read, or null when no job was journaled yet (it is not created for that).
     *
     * @throws CliException when the environment names no home folder at all
     */
    public static @Nullable JobHistory openForReading(CommandContext context) {
        Path file = location(context);
        if (file == null) {
            throw CliException.invalid("no job journal: neither " + JobHistory.STATE_HOME + " nor HOME is set; set "
                    + "one of them to the folder imgedit keeps its state under");
        }
        return Files.exists(file) ? JobHistory.open(file) : null;
    }

    /**
     * A job's input as {@code jobs} shows it: a URL without its user info or query, which journals written before
     * imgedit left them out may still hold; anything else as recorded.
     */
    static String shownInput(JobRequest request) {
        String input = request.input();
        return HttpUrls.isHttp(input) ? HttpUrls.shown(URI.create(input.strip())) : input;
    }

    /**
     * Tells the user's journal about a batch, so {@code imgedit jobs} lists its jobs from its folder; without a
     * journal, or when it cannot be written, the batch runs anyway (its own journal is in its folder).
     */
    public static void remember(CommandContext context, BatchRecord batch) {
        Path file = location(context);
        if (file == null) {
            return;
        }
        try (JobHistory history = JobHistory.open(file)) {
            history.remember(batch);
        } catch (BatchStorageException e) {
            LOGGER.debug("Cannot remember batch {} in {}", batch.id(), file, e);
            context.warning(e.getMessage() + "; 'imgedit jobs' will not list this batch, whose own journal is in "
                    + "its folder");
        }
    }

    /**
     * The job {@code id} names: the journal's own id, else the provider's job id ({@code providerId}, when given,
     * choosing among providers whose ids coincide); null when the journal knows none.
     *
     * @throws CliException when the job belongs to another provider than {@code providerId}, or the id is the
     *     provider's for jobs of several providers
     */
    public static @Nullable JobRecord lookUp(JobHistory history, String id, @Nullable String providerId) {
        JobRecord byJournalId = history.find(id);
        if (byJournalId != null) {
            String owner = byJournalId.request().provider();
            if (providerId != null && !providerId.isBlank() && !providerId.strip().equals(owner)) {
                throw CliException.invalid("job '" + id + "' was submitted through provider '" + owner + "', not '"
                        + providerId.strip() + "': leave --provider out, or give --provider " + owner);
            }
            return byJournalId;
        }
        List<JobRecord> byJobId = history.findByJobId(id);
        List<String> providers = byJobId.stream().map(job -> job.request().provider()).distinct().toList();
        if (providerId != null && !providerId.isBlank()) {
            String chosen = providerId.strip();
            if (!providers.isEmpty() && !providers.contains(chosen)) {
                throw CliException.invalid("job '" + id + "' was submitted through provider '"
                        + String.join("' and '", providers) + "', not '" + chosen + "': leave --provider out, or "
                        + "give --provider " + providers.get(0));
            }
            byJobId = byJobId.stream().filter(job -> job.request().provider().equals(chosen)).toList();
        } else if (providers.size() > 1) {
            throw CliException.invalid("job id '" + id + "' is known to providers " + String.join(", ", providers)
                    + ": add --provider to say which");
        }
        return byJobId.isEmpty() ? null : byJobId.get(0);
    }

    /**
     * The provider's id of a journaled job, to fetch it.
     *
     * @throws CliException when the provider never accepted it, saying what is known instead
     */
    public static String providerJobId(JobRecord job) {
        String jobId = job.jobId();
        if (jobId != null) {
            return jobId;
        }
        String provider = job.request().provider();
        if (job.state() == ItemState.OUTCOME_UNKNOWN || job.state() == ItemState.SUBMITTING) {
            throw CliException.invalid("job " + job.id() + " has no job id: the answer to its submit was lost, so "
                    + "it may have been accepted (and charged) under track id " + job.trackId() + "; look for that "
                    + "track id with provider " + provider + " before editing again");
        }
        throw CliException.invalid("job " + job.id() + " was never accepted by provider " + provider + " ("
                + job.state() + (job.failure() == null ? "" : ", " + job.failure().kind()) + "): there is nothing "
                + "to fetch; edit again (see 'imgedit jobs show " + job.id() + "')");
    }
}
