package dev.imgedit.fake.internal;

import dev.imgedit.EditRequest;
import java.time.Duration;

/** Told of every call that reaches the fake service, for a test's {@link dev.imgedit.fake.Recording}. */
public interface CallRecorder {
    /** Records nothing: the CLI's fake, which no test inspects. */
    CallRecorder NONE = new CallRecorder() {
        @Override
        public void submitted(EditRequest request) {}

        @Override
        public void awaited(String jobId, Duration timeout) {}

        @Override
        public void resumed(String jobId) {}
    };

    void submitted(EditRequest request);

    void awaited(String jobId, Duration timeout);

    void resumed(String jobId);
}
