package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.BatchOptions;
import dev.imgedit.batch.BatchRecord;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobJournal;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.internal.Ids;
import dev.imgedit.batch.internal.output.OutputClaims;
import dev.imgedit.batch.internal.output.OutputFolder;
import dev.imgedit.batch.internal.output.OutputNames;
import dev.imgedit.exception.ErrorKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches the items with the journal when a run begins: new items are recorded as pending (in one transaction),
 * known ones get the action their record calls for. This is where resumption is decided.
 */
final class Planner {
    private final JobJournal journal;
    private final Ledger ledger;
    private final BatchRecord batch;
    private final BatchOptions options;
    private final OutputFolder folder;
    private final Requests requests;

    Planner(JobJournal journal, Ledger ledger, BatchRecord batch, BatchOptions options, OutputFolder folder,
            Requests requests) {
        this.journal = journal;
        this.ledger = ledger;
        this.batch = batch;
        this.options = options;
        this.folder = folder;
        this.requests = requests;
    }

    /** The run's items, what they hold in the output folder, and warnings about the list. */
    record Plan(List<PlannedItem> items, OutputClaims claims, List<String> warnings) {}

    Plan plan(List<BatchItem> items) {
        Instant now = Instant.now();
        Map<String, JobRecord> known = new HashMap<>();
        for (JobRecord job : journal.jobs(JobQuery.batch(batch.id()))) {
            known.put(job.request().key(), job);
        }
        List<Candidate> candidates = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> stems = new HashSet<>();
        for (int position = 0; position < items.size(); position++) {
            BatchItem item = items.get(position);
            InputFacts facts = InputFacts.read(item.input()).checked(item, requests).withoutImage();
            String key = ItemKeys.key(requests.providerId(), requests.modelId(), item, facts.sha256());
            Integer first = seen.putIfAbsent(key, position);
            if (first != null) {
                warnings.add("item " + (position + 1) + " (" + item.input().shown() + ") repeats item " + (first + 1)
                        + ": it is edited once");
                continue;
            }
            JobRecord found = known.remove(key);
            if (found != null && found.outputStem() != null) {
                stems.add(found.outputStem().toLowerCase(Locale.ROOT));
            }
            candidates.add(new Candidate(position, item, facts, key, found));
        }
        Map<String, String> retired = new HashMap<>();
        known.values().forEach(job -> job.outputs().forEach(output ->
                retired.put(output.path().toLowerCase(Locale.ROOT), output.sha256())));

        List<PlannedItem> planned = new ArrayList<>();
        List<JobRecord> pending = new ArrayList<>();
        List<JobRecord> refused = new ArrayList<>();
        for (Candidate candidate : candidates) {
            BatchItem item = candidate.item();
            if (candidate.found() != null) {
                ledger.remember(candidate.found());
                planned.add(resume(candidate.position(), item, candidate.found(), candidate.facts().failure(), now));
                continue;
            }
            String stem = OutputNames.unique(OutputNames.wantedStem(item), stems);
            stems.add(stem.toLowerCase(Locale.ROOT));
            JobRecord job = JobRecord.planned(Ids.newId(), batch.id(), candidate.position(),
                    request(candidate.key(), item, candidate.facts()), stem, now);
            ItemFailure failure = candidate.facts().failure();
            if (failure == null) {
                pending.add(job);
                planned.add(new PlannedItem(candidate.position(), item, job, Action.SUBMIT, false));
            } else {
                job = job.withFailure(ItemState.FAILED, failure, now);
                refused.add(job);
                planned.add(new PlannedItem(candidate.position(), item, job, Action.REPORT, false));
            }
        }
        ledger.add(pending, "planned");
        ledger.add(refused, "planned; not sent: its input or request cannot be edited");
        return new Plan(planned, new OutputClaims(stems, retired), warnings);
    }

    /** An item of the list with what reading it found, and its journal record if an earlier run made one. */
    private record Candidate(int position, BatchItem item, InputFacts facts, String key, @Nullable JobRecord found) {}

    private JobRequest request(String key, BatchItem item, InputFacts facts) {
        // A URL is kept as shown, never with its credentials: a rerun submits it from the items it is given again.
        String location = item.input() instanceof BatchInput.File file
                ? file.path().toString() : item.input().shown();
        return new JobRequest(key, requests.providerId(), requests.modelId(), item.input().shown(), location,
                facts.sha256(), facts.type(),
                item.prompt(), item.aspectRatio() == null ? null : item.aspectRatio().label(), item.seed(),
                item.providerOptions());
    }

    /** The action for an item an earlier run recorded. */
    private PlannedItem resume(int position, BatchItem item, JobRecord job, @Nullable ItemFailure inputFailure, Instant now) {
        if (job.state() == ItemState.SUBMITTING) {
            job = ledger.update(job.withFailure(ItemState.OUTCOME_UNKNOWN, ItemFailure.of(ErrorKind.OUTCOME_UNKNOWN,
                    "the run that submitted it stopped before the provider's answer was recorded: it may have been "
                    + "accepted (and charged) under track id " + job.trackId() + "; look for it with the provider "
                    + "before asking for it to be submitted again"), now),
                    "the run that submitted it stopped before the answer was recorded");
        }
        return switch (job.state()) {
            case DONE -> job.outputs().stream().allMatch(folder::holds)
                    ? new PlannedItem(position, item, job, Action.SKIP, true)
                    : new PlannedItem(position, item, job, job.jobId() != null ? Action.RESUME : Action.SUBMIT, false);
            case SUBMITTED -> new PlannedItem(position, item, job, Action.RESUME, false);
            case OUTCOME_UNKNOWN -> options.resubmitUnknown()
                    ? new PlannedItem(position, item, job, Action.SUBMIT, false)
                    : new PlannedItem(position, item, job, Action.REPORT, true);
            case PENDING -> new PlannedItem(position, item, job, Action.SUBMIT, false);
            case FAILED -> failed(position, item, job, inputFailure, now);
            case SUBMITTING -> throw new IllegalStateException("handled above");
        };
    }

    private PlannedItem failed(int position, BatchItem item, JobRecord job, @Nullable ItemFailure inputFailure, Instant now) {
        if (inputFailure != null) {
            JobRecord again = ledger.update(job.withFailure(ItemState.FAILED, inputFailure, now),
                    "its input or request still cannot be edited");
            return new PlannedItem(position, item, again, Action.REPORT, false);
        }
        ItemFailure failure = job.failure();
        boolean outputLost = failure != null && failure.kind().equals(ItemFailure.LOCAL_IO) && job.jobId() != null;
        if (outputLost) {
            return new PlannedItem(position, item, job, Action.RESUME, false);
        }
        // Never sent, so never charged: refused by the checks made here, which may pass now.
        boolean neverSent = job.submits() == 0;
        if (options.retryFailed() || failure == null || neverSent || retriedOnRerun(failure)) {
            return new PlannedItem(position, item, job, Action.SUBMIT, false);
        }
        return new PlannedItem(position, item, job, Action.REPORT, true);
    }

    /**
     * Failures a rerun tries again by itself: those where nothing was charged and the next attempt may pass, because
     * the cause lay outside the item (the account, the service, the disk). A refusal of the item itself (its content,
     * its request) or a failed job would fail or cost again; those wait for {@link BatchOptions#retryFailed()}.
     */
    private static boolean retriedOnRerun(ItemFailure failure) {
        if (failure.kind().equals(ItemFailure.LOCAL_IO)) {
            return true;
        }
        try {
            ErrorKind kind = ErrorKind.valueOf(failure.kind());
            return kind.retriable() || kind == ErrorKind.AUTHENTICATION || kind == ErrorKind.INSUFFICIENT_CREDITS;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
