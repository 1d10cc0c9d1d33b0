/**
 * The offline fake provider: {@link dev.imgedit.fake.FakeProviderFactory} (id {@code fake}) and its settings,
 * {@link dev.imgedit.fake.FakeSettings}. Its edits are real, visible and deterministic, and it can be told to be
 * slow, to queue or to fail like a remote service, so callers can be tested without a network.
 *
 * <p>As a test double: {@link dev.imgedit.fake.FakeService}, a service of a test's own, follows a
 * {@link dev.imgedit.fake.FakeScript} of {@link dev.imgedit.fake.Outcome}s, keeps a
 * {@link dev.imgedit.fake.Recording} of every call, and runs on a {@link dev.imgedit.fake.FakeClock}.
 */
@NullMarked
package dev.imgedit.fake;

import org.jspecify.annotations.NullMarked;
