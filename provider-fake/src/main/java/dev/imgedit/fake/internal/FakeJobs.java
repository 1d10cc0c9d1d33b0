package dev.imgedit.fake.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's job store, playing the part of the remote service's memory: JVM-wide, so a new provider instance can
 * resume a job by id, and bounded by count and by bytes held, the oldest jobs going first, as a service expires them.
 */
public final class FakeJobs {
    private static final FakeJobs SHARED = new FakeJobs(1000, 256L * 1024 * 1024);

    // One sequence for every store, so that ids never repeat within a JVM.
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final int maxJobs;
    private final long maxBytes;
    private final Map<String, FakeJob> jobs = new LinkedHashMap<>();
    private long retainedBytes;

    /** A store of its own, for tests; providers share {@link #shared()}. */
    public FakeJobs(int maxJobs, long maxBytes) {
        if (maxJobs <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("maxJobs and maxBytes must be positive");
        }
        this.maxJobs = maxJobs;
        this.maxBytes = maxBytes;
    }

    public static FakeJobs shared() {
        return SHARED;
    }

    /** A new id, {@code fake-<n>-<first 8 hex digits of the SHA-256 of content>}. */
    static String newId(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "fake-" + SEQUENCE.incrementAndGet() + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String newTrackId() {
        return "fake-track-" + SEQUENCE.incrementAndGet();
    }

    synchronized void add(FakeJob job) {
        jobs.put(job.id(), job);
        retainedBytes += job.retainedBytes();
        Iterator<FakeJob> oldestFirst = jobs.values().iterator();
        while ((jobs.size() > maxJobs || retainedBytes > maxBytes) && jobs.size() > 1) {
            retainedBytes -= oldestFirst.next().retainedBytes();
            oldestFirst.remove();
        }
    }

    synchronized Optional<FakeJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public synchronized int size() {
        return jobs.size();
    }
}
