/**
 * The fake provider's implementation, not API: {@link dev.imgedit.fake.internal.FakeImageEditProvider}, a client of
 * the imitated service that {@link dev.imgedit.fake.internal.ServiceSetup} describes (its time, latency, rate limit
 * and the failures it imitates), which it drives through submit and await. The sub-packages hold the parts: a job's
 * rules ({@code job}), what each submit gets ({@code script}), where jobs are kept ({@code store}), and the edits
 * themselves ({@code image}).
 */
@NullMarked
package dev.imgedit.fake.internal;

import org.jspecify.annotations.NullMarked;
