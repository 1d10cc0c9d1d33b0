package dev.imgedit.cli.internal.config;

import dev.imgedit.cli.internal.text.Columns;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.spi.ImageEditProviderFactory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code imgedit config show}: the settings a run would use, each with where it came from, and the keys, masked. A
 * setting that cannot be used is listed under "problems" and makes the exit code 2.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Print the settings imgedit would use and where each comes from, with API keys masked.",
            "Sources: environment, profile, config file or default; a flag on the command line beats them all for "
                    + "that run. Exits 2 when a setting cannot be used."
        })
public final class ConfigShowCommand implements Callable<Integer> {
    private final Configuration configuration;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    /** @param environment the run's environment, with the config file's variables and key already in it */
    public ConfigShowCommand(Configuration configuration, Map<String, String> environment) {
        this.configuration = configuration;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("config file: " + (configuration.file() == null ? "(none: neither HOME nor XDG_CONFIG_HOME is set)"
                : configuration.file() + (configuration.fileExists() ? "" : " (does not exist: defaults apply)")));
        ProfileSelection profile = configuration.profile();
        out.println("profile:     " + (profile.name() == null ? "(none)" : profile.name() + " (" + profile.source()
                + ")"));
        out.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("SETTING", "VALUE", "FROM"));
        for (Setting setting : Setting.values()) {
            ResolvedSetting resolved = configuration.setting(setting);
            rows.add(List.of(setting.key(), resolved.shown(), resolved.source().description()));
        }
        for (ImageEditProviderFactory factory : ImageEditProviders.discover().factories()) {
            for (String name : factory.secretNames().stream().sorted().toList()) {
                rows.add(keyRow(name));
            }
        }
        Columns.lines(rows).forEach(out::println);
        if (!configuration.problems().isEmpty()) {
            out.println();
            out.println("problems:");
            configuration.problems().forEach(problem -> out.println("  " + problem));
        }
        out.flush();
        if (!configuration.problems().isEmpty()) {
            spec.commandLine().getErr().println("imgedit: error: " + configuration.problems().size()
                    + (configuration.problems().size() == 1 ? " setting cannot" : " settings cannot")
                    + " be used: see 'problems' above");
            return 2;
        }
        return 0;
    }

    private List<String> keyRow(String name) {
        String value = environment.get(name);
        String source = configuration.keySource(name, environment);
        return value == null || source == null ? List.of(name, "(not set)", "default")
                : List.of(name, SecretMask.mask(value), source);
    }
}
