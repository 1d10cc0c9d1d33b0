package dev.imgedit.fake.internal.store;

import static dev.imgedit.fake.internal.store.PropertiesFiles.integer;
import static dev.imgedit.fake.internal.store.PropertiesFiles.required;

import dev.imgedit.JobStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * What a job's {@value JobDirectoryLayout#STATE_FILE} holds: the status checks counted so far and the status last
 * reported.
 */
record StoredState(int checks, JobStatus status) {
    StoredState {
        if (checks < 0) {
            throw new IllegalArgumentException("checks=" + checks);
        }
        Objects.requireNonNull(status, "status is null");
    }

    /** @throws RuntimeException saying what is wrong when the properties are not a state */
    static StoredState parse(Properties properties) {
        return new StoredState(integer(properties, "checks"), JobStatus.valueOf(required(properties, "status")));
    }

    /** Writes the first state of a job that is not yet in place. */
    void create(Path directory) throws IOException {
        PropertiesFiles.write(directory.resolve(JobDirectoryLayout.STATE_FILE), properties());
    }

    /** Replaces the state file whole: readers see the old one or the new one, never a part. */
    void replace(Path directory) throws IOException {
        PropertiesFiles.replace(directory.resolve(JobDirectoryLayout.STATE_FILE),
                directory.resolve(JobDirectoryLayout.stateTemporaryName()), properties());
    }

    private Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("checks", Integer.toString(checks));
        properties.put("status", status.name());
        return properties;
    }
}
