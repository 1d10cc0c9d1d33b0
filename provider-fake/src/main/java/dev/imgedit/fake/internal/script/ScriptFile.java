package dev.imgedit.fake.internal.script;

import dev.imgedit.fake.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A script file as read: where it is, how messages name it, which version of it this is (its content's hash and
 * modification time, so that editing or touching the file starts it over), and its outcomes.
 */
public record ScriptFile(Path path, String source, String version, List<Outcome> outcomes) {
    public ScriptFile {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(version, "version is null");
        outcomes = List.copyOf(outcomes);
    }
}
