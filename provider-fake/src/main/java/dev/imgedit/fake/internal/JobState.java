package dev.imgedit.fake.internal;

import dev.imgedit.JobStatus;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a status check of a fake job answers. */
record JobState(JobStatus status, @Nullable Duration estimatedWait, String message) {}
