package dev.imgedit.fake.internal.store;

import static dev.imgedit.fake.internal.store.PropertiesFiles.integer;
import static dev.imgedit.fake.internal.store.PropertiesFiles.required;

import dev.imgedit.ImageType;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.fake.FakeSettings;
import dev.imgedit.fake.internal.job.FakeJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A job as {@code job.properties} holds it: what the job is and how it ends (created time, queue rules, never-finish,
 * the failure to report and what told the fake to, the outputs' type, size, dimensions and SHA-256, the result's
 * metadata and notices). The properties added since format 1 are optional, so jobs an earlier fake wrote still read.
 */
final class JobDescription {
    private static final int FORMAT = 1;
    private static final int MAX_OUTPUTS = 16;
    private static final String METADATA = "metadata.";
    private static final String NOTICE = "notice.";
    private static final int MAX_NOTICES = 16;

    private JobDescription() {}

    static Map<String, String> properties(FakeJob job) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("format", Integer.toString(FORMAT));
        properties.put("id", job.id());
        properties.put("created", job.createdAt().toString());
        properties.put("unavailableChecks", Integer.toString(job.unavailableChecks()));
        properties.put("queueChecks", Integer.toString(job.queueChecks()));
        properties.put("queueTime", job.queueTime().toString());
        properties.put("neverFinish", Boolean.toString(job.neverFinish()));
        if (job.failure() != null) {
            properties.put("failure", job.failure().name());
        }
        properties.put("imitated", job.imitated());
        properties.put("outputs", Integer.toString(job.outputs().size()));
        for (int i = 0; i < job.outputs().size(); i++) {
            FakeJob.Output output = job.outputs().get(i);
            String prefix = outputPrefix(i + 1);
            properties.put(prefix + "type", output.type().name());
            properties.put(prefix + "width", Integer.toString(output.width()));
            properties.put(prefix + "height", Integer.toString(output.height()));
            properties.put(prefix + "size", Long.toString(output.size()));
            properties.put(prefix + "sha256", output.sha256());
        }
        job.metadata().forEach((name, value) -> properties.put(METADATA + name, value));
        for (int i = 0; i < job.notices().size(); i++) {
            properties.put(NOTICE + (i + 1), job.notices().get(i));
        }
        return properties;
    }

    /** @throws RuntimeException saying what is wrong when the file is not a job of this format */
    static FakeJob parse(Properties properties) {
        int format = integer(properties, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("format " + format + ", written by another version of the fake");
        }
        String failure = properties.getProperty("failure");
        int outputCount = integer(properties, "outputs");
        if (outputCount < 1 || outputCount > MAX_OUTPUTS) {
            throw new IllegalArgumentException("outputs=" + outputCount);
        }
        List<FakeJob.Output> outputs = new ArrayList<>();
        for (int i = 1; i <= outputCount; i++) {
            String prefix = outputPrefix(i);
            outputs.add(new FakeJob.Output(ImageType.valueOf(required(properties, prefix + "type")),
                    integer(properties, prefix + "width"), integer(properties, prefix + "height"),
                    Long.parseLong(required(properties, prefix + "size")), required(properties, prefix + "sha256")));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(METADATA)) {
                metadata.put(name.substring(METADATA.length()), properties.getProperty(name));
            }
        }
        List<String> notices = new ArrayList<>();
        for (int i = 1; i <= MAX_NOTICES && properties.getProperty(NOTICE + i) != null; i++) {
            notices.add(properties.getProperty(NOTICE + i));
        }
        return new FakeJob(required(properties, "id"), Instant.parse(required(properties, "created")),
                Integer.parseInt(properties.getProperty("unavailableChecks", "0")), integer(properties, "queueChecks"),
                Duration.parse(required(properties, "queueTime")),
                Boolean.parseBoolean(required(properties, "neverFinish")),
                failure == null ? null : ErrorKind.valueOf(failure),
                properties.getProperty("imitated", FakeSettings.FAIL + "=" + failure), outputs, metadata, notices);
    }

    private static String outputPrefix(int number) {
        return "output." + number + ".";
    }
}
