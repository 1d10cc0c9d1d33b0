package dev.imgedit.cli.internal.doctor;

import dev.imgedit.cli.internal.config.Configuration;
import dev.imgedit.cli.internal.config.ResolvedSetting;
import dev.imgedit.cli.internal.config.Setting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code imgedit doctor}: one line per check (ok, note, skip or fail) and a verdict; exit 0 when nothing failed, else
 * 1. Nothing is submitted and no key is sent or printed.
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = {
            "Check the setup, one line per check, and say whether anything needs fixing.",
            "It checks Java, the config file, the providers installed and configured (where each key comes from, "
                    + "masked), whether each configured provider's service answers, the output folder and the "
                    + "journal. Exits 0 when every check passed, 1 when one failed."
        })
public final class DoctorCommand implements Callable<Integer> {
    private final Configuration configuration;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final JournalLocation journal;

    @Spec
    private CommandSpec spec;

    @Option(names = "--offline", description = "Do not contact any provider's service.")
    private boolean offline;

    /** @param environment the run's environment, with the config file's settings and key in it */
    public DoctorCommand(Configuration configuration, Map<String, String> environment, Path workingDirectory,
            JournalLocation journal) {
        this.configuration = configuration;
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.journal = journal;
    }

    @Override
    public Integer call() {
        List<Finding> findings = new ArrayList<>();
        findings.add(SystemChecks.java());
        findings.addAll(configurationFindings());
        findings.addAll(new ProviderChecks(configuration, environment, offline).run());
        findings.add(outputFolder());
        findings.addAll(SystemChecks.journal(journal.find(environment)));

        PrintWriter out = spec.commandLine().getOut();
        findings.forEach(finding -> out.println(finding.line()));
        long failed = findings.stream().filter(finding -> finding.status() == Finding.Status.FAIL).count();
        out.println(failed == 0 ? "verdict: all good" : "verdict: " + failed + (failed == 1 ? " problem" : " problems")
                + " to fix (the lines marked fail)");
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private List<Finding> configurationFindings() {
        List<Finding> findings = new ArrayList<>();
        Path file = configuration.file();
        String profile = configuration.profile().name() == null ? ""
                : ", profile " + configuration.profile().name() + " (" + configuration.profile().source() + ")";
        if (file == null || !configuration.fileExists()) {
            findings.add(Finding.ok("config", "no config file" + (file == null ? "" : " at " + file)
                    + ": defaults apply" + profile));
        } else {
            findings.add(Finding.ok("config", file + profile));
        }
        configuration.problems().forEach(problem -> findings.add(Finding.fail("config", problem)));
        return findings;
    }

    private Finding outputFolder() {
        ResolvedSetting folder = configuration.setting(Setting.OUTPUT_DIR);
        return folder.value() == null
                ? SystemChecks.outputFolder(workingDirectory, "the current directory; edits go next to their input")
                : SystemChecks.outputFolder(workingDirectory.resolve(folder.value()), "output-dir, from "
                        + folder.source());
    }
}
