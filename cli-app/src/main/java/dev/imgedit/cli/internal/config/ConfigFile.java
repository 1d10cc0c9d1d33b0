package dev.imgedit.cli.internal.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The config file: a Java properties file whose top-level keys apply to every run and whose
 * {@code profile.NAME.KEY} keys make up the profile {@code NAME}, which a run picks with {@code --profile NAME}.
 *
 * <pre>
 * timeout = 10m
 * output-dir = ~/Pictures/edited
 * profile.work.provider = modelslab
 * profile.work.api-key-file = ~/.config/imgedit/modelslab.key
 * profile.offline.provider = fake
 * </pre>
 */
public final class ConfigFile {
    /** Names the config file to read instead of the usual one. */
    public static final String FILE_VARIABLE = "IMGEDIT_CONFIG";

    static final String API_KEY = "api-key";
    static final String API_KEY_FILE = "api-key-file";
    private static final String PROFILE_PREFIX = "profile.";
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path path;
    private final Map<String, String> topLevel;
    private final Map<String, Map<String, String>> profiles;

    private ConfigFile(Path path, Map<String, String> topLevel, Map<String, Map<String, String>> profiles) {
        this.path = path;
        this.topLevel = topLevel;
        this.profiles = profiles;
    }

    /**
     * {@value #FILE_VARIABLE} when set, else {@code $XDG_CONFIG_HOME/imgedit/config.properties}, else
     * {@code $HOME/.config/imgedit/config.properties}; null when the environment names no home folder.
     */
    public static @Nullable Path location(Map<String, String> environment) {
        String explicit = environment.get(FILE_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.strip()).toAbsolutePath();
        }
        String configHome = environment.get("XDG_CONFIG_HOME");
        if (configHome != null && Path.of(configHome).isAbsolute()) {
            return Path.of(configHome, "imgedit", "config.properties");
        }
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".config", "imgedit", "config.properties");
    }

    /** @throws IOException when the file cannot be read as properties */
    static ConfigFile read(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IOException("it is not a properties file (" + e.getMessage() + ")", e);
        }
        Map<String, String> topLevel = new TreeMap<>();
        Map<String, Map<String, String>> profiles = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            String value = properties.getProperty(name).strip();
            if (name.startsWith(PROFILE_PREFIX) && name.indexOf('.', PROFILE_PREFIX.length()) > PROFILE_PREFIX.length()) {
                int dot = name.indexOf('.', PROFILE_PREFIX.length());
                profiles.computeIfAbsent(name.substring(PROFILE_PREFIX.length(), dot), profile -> new TreeMap<>())
                        .put(name.substring(dot + 1), value);
            } else {
                topLevel.put(name, value);
            }
        }
        return new ConfigFile(path, topLevel, profiles);
    }

    public Path path() {
        return path;
    }

    public Set<String> profiles() {
        return new TreeSet<>(profiles.keySet());
    }

    /** The top-level keys, then those of {@code profile} over them; each value with the key it was written under. */
    Map<String, Entry> settings(@Nullable String profile) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        topLevel.forEach((key, value) -> merged.put(key, new Entry(key, value,
                new SettingSource(SettingSource.Kind.PROFILE, "config file " + path))));
        if (profile != null) {
            profiles.getOrDefault(profile, Map.of()).forEach((key, value) -> merged.put(key,
                    new Entry(PROFILE_PREFIX + profile + "." + key, value,
                            new SettingSource(SettingSource.Kind.PROFILE, "profile '" + profile + "' in " + path))));
        }
        return merged;
    }

    /** The keys written in the file, at the top or in a profile, whose setting is not one of {@code known}. */
    Set<String> unknownKeys(Set<String> known) {
        Set<String> unknown = new TreeSet<>();
        topLevel.keySet().stream().filter(key -> !known.contains(key)).forEach(unknown::add);
        profiles.forEach((profile, settings) -> settings.keySet().stream().filter(key -> !known.contains(key))
                .forEach(key -> unknown.add(PROFILE_PREFIX + profile + "." + key)));
        return unknown;
    }

    /** Whether only its owner may read or write it; unknown (false) where the file system has no POSIX modes. */
    boolean isPrivate() {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            return view.readAttributes().permissions().stream().noneMatch(SHARED::contains);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One written setting.
     *
     * @param writtenAs the key as it stands in the file, such as {@code profile.work.timeout}
     */
    record Entry(String writtenAs, String value, SettingSource source) {}
}
