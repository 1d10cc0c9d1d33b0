package dev.imgedit.testkit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.exception.ImageEditException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything a run showed that a user, a caller or a log reader could see (results and their {@code toString()},
 * exception messages, job ids, progress, log lines), kept to be searched for a secret in every form it could leak in
 * ({@link SecretForms}). The log lines come from the logging backend of the tests (the kit depends on none): with
 * Logback, {@code imgedit-testkit-logback}'s {@code TraceLog} captures every line at TRACE.
 *
 * <pre>{@code
 * SeenTexts seen = new SeenTexts();
 * seen.keep(provider.toString());
 * seen.attempt(() -> provider.submit(request));   // a result or a failure, whichever comes
 * seen.keepAll(log.lines());
 * seen.assertNoFormOf(KEY);
 * }</pre>
 */
public final class SeenTexts {
    private final List<String> texts = new ArrayList<>();

    public synchronized void keep(String... more) {
        texts.addAll(List.of(more));
    }

    public synchronized void keepAll(Collection<String> more) {
        texts.addAll(more);
    }

    /**
     * Runs {@code action} and keeps what it returned, or the failure it ended in (an {@link ImageEditException} or an
     * {@link IllegalStateException}): its {@code toString()}, message, job id and kind.
     */
    public void attempt(Supplier<?> action) {
        try {
            keep(String.valueOf(action.get()));
        } catch (ImageEditException | IllegalStateException e) {
            keep(e.toString(), String.valueOf(e.getMessage()));
            if (e instanceof ImageEditException failure) {
                keep(String.valueOf(failure.jobId()), failure.kind().toString());
            }
        }
    }

    /** All kept, a text a line. */
    public synchronized String text() {
        return String.join("\n", texts);
    }

    /**
     * Fails unless no form of {@code secret} ({@link SecretForms#of}) and none of {@code fragments} (parts of it that
     * must not show either, such as its distinctive middle) is in anything kept.
     */
    public void assertNoFormOf(String secret, String... fragments) {
        Set<String> forms = new LinkedHashSet<>(SecretForms.of(secret));
        forms.addAll(List.of(fragments));
        assertThat(text()).as("what a user, a caller or a log could see, searched for the secret in any form")
                .doesNotContain(forms.toArray(String[]::new));
    }
}
