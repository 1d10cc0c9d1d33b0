package dev.imgedit.bench.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the server saw: requests by kind, and for each job when it was submitted, when it became ready, its fetches,
 * when a fetch first found it ready and its downloads. A job is in flight from its submit until its first download;
 * the largest number in flight at once is kept, for checking a client's concurrency bound.
 */
final class JobLedger {
    /** A fetch's view of its job: ready or not, and if not, how long it still needs. */
    record Poll(boolean ready, String remainingSeconds) {}

    private static final class Job {
        final long submittedNanos;
        final long readyNanos;
        int fetches;
        int downloads;
        long noticedNanos = -1;

        Job(long submittedNanos, long readyNanos) {
            this.submittedNanos = submittedNanos;
            this.readyNanos = readyNanos;
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private int uploads;
    private int fetches;
    private int downloads;
    private int inFlight;
    private int maxInFlight;
    private long firstSubmitNanos = -1;
    private long lastDownloadNanos = -1;
    /** The same two moments by the wall clock, so another process can set them against its own start and end. */
    private long firstSubmitEpochMillis = -1;
    private long lastDownloadEpochMillis = -1;

    synchronized void uploaded() {
        uploads++;
    }

    synchronized void submitted(String id, long workNanos) {
        long now = System.nanoTime();
        jobs.put(id, new Job(now, now + workNanos));
        if (firstSubmitNanos < 0) {
            firstSubmitNanos = now;
            firstSubmitEpochMillis = System.currentTimeMillis();
        }
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
    }

    synchronized boolean isJob(String id) {
        return jobs.containsKey(id);
    }

    /** Null for an unknown job. */
    synchronized Poll polled(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            return null;
        }
        fetches++;
        job.fetches++;
        long now = System.nanoTime();
        if (now >= job.readyNanos) {
            if (job.noticedNanos < 0) {
                job.noticedNanos = now;
            }
            return new Poll(true, "0");
        }
        return new Poll(false, String.format(Locale.ROOT, "%.2f", (job.readyNanos - now) / 1e9));
    }

    synchronized void downloaded(String id) {
        Job job = jobs.get(id);
        downloads++;
        if (job.downloads++ == 0) {
            inFlight--;
        }
        lastDownloadNanos = System.nanoTime();
        lastDownloadEpochMillis = System.currentTimeMillis();
    }

    synchronized void reset() {
        jobs.clear();
        uploads = 0;
        fetches = 0;
        downloads = 0;
        inFlight = 0;
        maxInFlight = 0;
        firstSubmitNanos = -1;
        lastDownloadNanos = -1;
        firstSubmitEpochMillis = -1;
        lastDownloadEpochMillis = -1;
    }

    /**
     * Totals, the span from the first submit to the last download (and both moments in milliseconds since the epoch,
     * or -1), and one entry per job: its fetches, downloads,
     * and {@code noticed_ms}, how long after it became ready a fetch first asked (null when no fetch found it ready,
     * as for a job that was done at its submit).
     */
    synchronized String statsJson() {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, Job> entry : jobs.entrySet()) {
            Job job = entry.getValue();
            String noticed = job.noticedNanos < 0 ? "null" : millis(job.noticedNanos - job.readyNanos);
            entries.add("{\"id\":\"" + entry.getKey() + "\",\"fetches\":" + job.fetches + ",\"downloads\":"
                    + job.downloads + ",\"work_ms\":" + millis(job.readyNanos - job.submittedNanos)
                    + ",\"noticed_ms\":" + noticed + "}");
        }
        String span = firstSubmitNanos < 0 || lastDownloadNanos < 0 ? "null"
                : millis(lastDownloadNanos - firstSubmitNanos);
        return "{\"uploads\":" + uploads + ",\"submits\":" + jobs.size() + ",\"fetches\":" + fetches
                + ",\"downloads\":" + downloads + ",\"max_in_flight\":" + maxInFlight + ",\"span_ms\":" + span
                + ",\"first_submit_epoch_ms\":" + firstSubmitEpochMillis + ",\"last_download_epoch_ms\":"
                + lastDownloadEpochMillis + ",\"jobs\":[" + String.join(",", entries) + "]}";
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
