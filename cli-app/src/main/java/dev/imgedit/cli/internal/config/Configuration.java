package dev.imgedit.cli.internal.config;

import dev.imgedit.spi.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one run below the command line: the environment over the chosen profile over the config file's
 * top level, each with where it came from. What cannot be used (a misspelt key, an unknown profile, a malformed
 * value, an inline key in a file others can read) is collected in {@link #problems()} instead of thrown, so that
 * {@code imgedit config show} and {@code imgedit doctor} can still report on a broken file.
 */
public final class Configuration {
    private final @Nullable Path file;
    private final boolean fileExists;
    private final ProfileSelection profile;
    private final Map<Setting, ResolvedSetting> settings;
    private final @Nullable ApiKeyReference apiKey;
    private final Set<String> environmentNames;
    private final List<String> problems;

    private Configuration(@Nullable Path file, boolean fileExists, ProfileSelection profile,
            Map<Setting, ResolvedSetting> settings, @Nullable ApiKeyReference apiKey, Set<String> environmentNames,
            List<String> problems) {
        this.file = file;
        this.fileExists = fileExists;
        this.profile = profile;
        this.settings = settings;
        this.apiKey = apiKey;
        this.environmentNames = environmentNames;
        this.problems = List.copyOf(problems);
    }

    /** No config file, no environment: every setting at its default. */
    public static Configuration none() {
        return load(Map.of(), ProfileSelection.NONE);
    }

    /** Reads the config file named by {@code environment} (see {@link ConfigFile#location}) for {@code profile}. */
    public static Configuration load(Map<String, String> environment, ProfileSelection profile) {
        List<String> problems = new ArrayList<>();
        Path location = ConfigFile.location(environment);
        ConfigFile file = readFile(location, environment, problems);
        Map<String, ConfigFile.Entry> written = Map.of();
        if (file != null) {
            reportUnknownKeys(file, problems);
            if (profile.name() != null && !file.profiles().contains(profile.name())) {
                problems.add("profile '" + profile.name() + "' (" + profile.source() + ") is not in config file "
                        + file.path() + ": " + (file.profiles().isEmpty() ? "it has no profiles"
                                : "its profiles are " + String.join(", ", file.profiles())));
            }
            written = file.settings(profile.name());
        } else if (profile.name() != null) {
            problems.add("profile '" + profile.name() + "' (" + profile.source() + ") needs a config file, and there "
                    + "is none" + (location == null ? "" : " at " + location) + ": create it (see docs/cli.md)");
        }
        Map<Setting, ResolvedSetting> settings = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            settings.put(setting, resolve(setting, environment, written.get(setting.key()), location, problems));
        }
        ApiKeyReference apiKey = file == null ? null : apiKey(file, written, environment, problems);
        Set<String> environmentNames = new TreeSet<>();
        environment.forEach((name, value) -> {
            if (!value.isBlank()) {
                environmentNames.add(name);
            }
        });
        return new Configuration(location, file != null, profile, settings, apiKey, environmentNames, problems);
    }

    /** The config file's path (it may not exist), or null when no home folder is known. */
    public @Nullable Path file() {
        return file;
    }

    public boolean fileExists() {
        return fileExists;
    }

    public ProfileSelection profile() {
        return profile;
    }

    public ResolvedSetting setting(Setting setting) {
        return settings.get(setting);
    }

    /** The key the config file names, or null; the environment's keys win over it (see {@link #isSet}). */
    public @Nullable ApiKeyReference apiKey() {
        return apiKey;
    }

    /** Whether the environment itself sets {@code name}, so that nothing from the config file replaces it. */
    public boolean isSet(String name) {
        return environmentNames.contains(name);
    }

    /**
     * Where the key under {@code name} comes from, in words, or null when none is set: the environment's own
     * variable, or the config file's key, which fills in that variable when the environment leaves it unset.
     *
     * @param environment the run's environment, with the config file's key already placed
     */
    public @Nullable String keySource(String name, Map<String, String> environment) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return isSet(name) || apiKey == null ? "environment " + name : apiKey.describe();
    }

    /** Each a sentence naming the file or variable at fault and the fix; empty when everything can be used. */
    public List<String> problems() {
        return problems;
    }

    /** The same settings with one more problem, found while using them (an unreadable key file, say). */
    public Configuration withProblem(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new Configuration(file, fileExists, profile, settings, apiKey, environmentNames, more);
    }

    /** The variables the config file fills in because the environment leaves them unset, such as IMGEDIT_TIMEOUT. */
    public Map<String, String> environmentDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ResolvedSetting resolved : settings.values()) {
            if (resolved.value() != null && resolved.source().kind() == SettingSource.Kind.PROFILE) {
                defaults.put(resolved.setting().variable(), resolved.value());
            }
        }
        return defaults;
    }

    /**
     * Why the provider was chosen, in words: the config file's when it named the provider through
     * {@link Setting#PROVIDER}'s variable, else {@code reason} (the choice's own).
     */
    public String explainProviderChoice(@Nullable String requestedId, String reason) {
        ResolvedSetting provider = settings.get(Setting.PROVIDER);
        return requestedId == null && provider.source().kind() == SettingSource.Kind.PROFILE
                ? "set by " + provider.source() : reason;
    }

    @Override
    public String toString() {
        return "Configuration[file=" + file + ", profile=" + profile.name() + ", problems=" + problems.size() + "]";
    }

    private static @Nullable ConfigFile readFile(@Nullable Path location, Map<String, String> environment,
            List<String> problems) {
        if (location == null || !Files.exists(location)) {
            if (location != null && environment.containsKey(ConfigFile.FILE_VARIABLE)) {
                problems.add(ConfigFile.FILE_VARIABLE + " names config file " + location + ", which does not exist: "
                        + "create it or unset " + ConfigFile.FILE_VARIABLE);
            }
            return null;
        }
        try {
            return ConfigFile.read(location);
        } catch (IOException e) {
            problems.add("cannot read config file " + location + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return null;
        }
    }

    private static void reportUnknownKeys(ConfigFile file, List<String> problems) {
        Set<String> known = new TreeSet<>(List.of(ConfigFile.API_KEY, ConfigFile.API_KEY_FILE));
        for (Setting setting : Setting.values()) {
            known.add(setting.key());
        }
        for (String written : file.unknownKeys(known)) {
            problems.add("config file " + file.path() + ": unknown setting '" + written + "': the settings are "
                    + String.join(", ", known) + ", each at the top or as profile.NAME.SETTING");
        }
    }

    private static ResolvedSetting resolve(Setting setting, Map<String, String> environment,
            ConfigFile.@Nullable Entry written, @Nullable Path location, List<String> problems) {
        String fromEnvironment = environment.get(setting.variable());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            String problem = setting.problemWith(setting.variable(), fromEnvironment);
            if (problem != null) {
                problems.add(problem);
                return new ResolvedSetting(setting, null, SettingSource.DEFAULT);
            }
            return new ResolvedSetting(setting, fromEnvironment.strip(),
                    SettingSource.environment(setting.variable()));
        }
        if (written != null) {
            String problem = setting.problemWith(written.writtenAs(), written.value());
            if (problem != null) {
                problems.add("config file " + location + ": " + problem);
                return new ResolvedSetting(setting, null, SettingSource.DEFAULT);
            }
            String value = setting.isPath()
                    ? ConfigPaths.resolve(written.value(), Objects.requireNonNull(location), environment).toString()
                    : written.value();
            return new ResolvedSetting(setting, value, written.source());
        }
        return new ResolvedSetting(setting, null, SettingSource.DEFAULT);
    }

    private static @Nullable ApiKeyReference apiKey(ConfigFile file, Map<String, ConfigFile.Entry> written,
            Map<String, String> environment, List<String> problems) {
        ConfigFile.Entry keyFile = written.get(ConfigFile.API_KEY_FILE);
        ConfigFile.Entry inline = written.get(ConfigFile.API_KEY);
        if (keyFile != null && inline != null && keyFile.source().equals(inline.source())) {
            problems.add("config file " + file.path() + ": " + keyFile.writtenAs() + " and " + inline.writtenAs()
                    + " are both set: keep one, preferably " + ConfigFile.API_KEY_FILE);
            return null;
        }
        // A profile's key wins over the top level's, whichever form each has.
        ConfigFile.Entry chosen = keyFile == null ? inline : inline == null ? keyFile
                : keyFile.writtenAs().startsWith("profile.") ? keyFile : inline;
        if (chosen == null || chosen.value().isBlank()) {
            return null;
        }
        if (chosen == keyFile) {
            return new ApiKeyReference(ConfigPaths.resolve(chosen.value(), file.path(), environment), null,
                    chosen.source());
        }
        if (!file.isPrivate()) {
            // The message names the file, never the key.
            problems.add("config file " + file.path() + " holds an API key (" + chosen.writtenAs() + ") but other "
                    + "users may read it: run 'chmod 600 " + file.path() + "', or put the key in a file of its own "
                    + "and name that file with " + ConfigFile.API_KEY_FILE);
            return null;
        }
        return new ApiKeyReference(null, Secret.of(chosen.value()), chosen.source());
    }
}
