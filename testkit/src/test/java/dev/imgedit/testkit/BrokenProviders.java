package dev.imgedit.testkit;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import java.time.Duration;

/** Providers with one bug each, which the kit must catch: each forwards to a working one but for its bug. */
final class BrokenProviders {
    private BrokenProviders() {}

    /** Hands every caller the result of the last job submitted, as a provider with a shared "current job" field. */
    static final class LastResultToEveryone extends Forwarding {
        private volatile EditJob last;

        LastResultToEveryone(ImageEditProvider delegate) {
            super(delegate);
        }

        @Override
        public EditJob submit(EditRequest request) {
            EditJob job = delegate.submit(request);
            last = job;
            return job;
        }

        @Override
        public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            sleepSoOthersSubmit();
            EditResult result = delegate.await(last, timeout, listener);
            return new EditResult(result.providerId(), job.id(), result.images(), result.elapsed(), result.metadata(),
                    result.notices());
        }

        private static void sleepSoOthersSubmit() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Never tells the listener anything. */
    static final class SilentWhileQueued extends Forwarding {
        SilentWhileQueued(ImageEditProvider delegate) {
            super(delegate);
        }

        @Override
        public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            return delegate.await(job, timeout, EditListener.NONE);
        }
    }

    private abstract static class Forwarding implements ImageEditProvider {
        final ImageEditProvider delegate;

        Forwarding(ImageEditProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public ProviderInfo info() {
            return delegate.info();
        }

        @Override
        public EditJob submit(EditRequest request) {
            return delegate.submit(request);
        }

        @Override
        public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            return delegate.await(job, timeout, listener);
        }

        @Override
        public EditJob resume(String jobId) {
            return delegate.resume(jobId);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
