package dev.imgedit.fake.internal.store;

import static dev.imgedit.fake.internal.store.PropertiesFiles.required;

import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.ScriptProgress;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a script's {@code script-<hash>.progress} file holds (see {@link JobDirectoryLayout}): the version of the
 * script followed, the outcomes used, and what the submits that found none left were told.
 */
final class ScriptProgressFile {
    private static final Logger LOGGER = LoggerFactory.getLogger(ScriptProgressFile.class);

    private ScriptProgressFile() {}

    /** The stored progress of this version of the script; a fresh one when there is none, or of another version. */
    static ScriptProgress read(Path file, ScriptFile script) throws IOException {
        ScriptProgress stored;
        try {
            stored = parse(PropertiesFiles.read(file));
        } catch (NoSuchFileException e) {
            return new ScriptProgress(script.version());
        } catch (RuntimeException e) {
            LOGGER.warn("Starting {} over: its progress in {} is damaged ({})", script.source(), file, e.getMessage());
            return new ScriptProgress(script.version());
        }
        return stored.version().equals(script.version()) ? stored : new ScriptProgress(script.version());
    }

    /** Replaces the file whole, through {@code temporary}: readers see the old progress or the new one. */
    static void replace(Path file, Path temporary, ScriptProgress progress) throws IOException {
        PropertiesFiles.replace(file, temporary, properties(progress));
    }

    private static Map<String, String> properties(ScriptProgress progress) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("version", progress.version());
        properties.put("used", progress.used().stream().mapToObj(Integer::toString).collect(Collectors.joining(",")));
        List<String> ranOut = progress.ranOut();
        for (int i = 0; i < ranOut.size(); i++) {
            properties.put("ranOut." + (i + 1), ranOut.get(i));
        }
        return properties;
    }

    /** @throws RuntimeException saying what is wrong when the properties are not a progress */
    private static ScriptProgress parse(Properties properties) {
        BitSet used = new BitSet();
        String list = required(properties, "used");
        for (String index : list.isEmpty() ? new String[0] : list.split(",")) {
            used.set(Integer.parseInt(index.strip()));
        }
        List<String> ranOut = new ArrayList<>();
        for (int i = 1; properties.getProperty("ranOut." + i) != null; i++) {
            ranOut.add(properties.getProperty("ranOut." + i));
        }
        return ScriptProgress.restore(required(properties, "version"), used, ranOut);
    }
}
