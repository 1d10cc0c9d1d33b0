package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The config file and its profiles, and the one order of precedence: a flag beats the environment, which beats the
 * profile, which beats the file's top level, which beats the built-in default. Where an output lands is what each
 * test looks at, so a setting that is shown but not used would fail it.
 */
class ConfigFileTest extends PhotoDirectoryFixture {
    private Path file;

    @BeforeEach
    void configFile() throws Exception {
        for (String folder : new String[] {"from-top", "from-profile", "from-environment", "from-flag"}) {
            Files.createDirectories(directory.resolve(folder));
        }
        file = ConfigFiles.write(directory,
                "# settings for every run",
                "output-dir = " + directory.resolve("from-top"),
                "timeout = 2m",
                "profile.work.output-dir = " + directory.resolve("from-profile"),
                "profile.work.aspect-ratio = 1:1",
                "profile.offline.provider = fake");
        imgedit.with("XDG_CONFIG_HOME", ConfigFiles.home(directory).toString());
    }

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheProfileWhichBeatsTheTopLevelWhichBeatsTheDefault() {
        assertThat(editsInto("--profile", "work", "--output-dir", "from-flag")).isEqualTo("from-flag");

        imgedit.with("IMGEDIT_OUTPUT_DIR", directory.resolve("from-environment").toString());
        assertThat(editsInto("--profile", "work")).isEqualTo("from-environment");

        imgedit.without("IMGEDIT_OUTPUT_DIR");
        assertThat(editsInto("--profile", "work")).isEqualTo("from-profile");
        assertThat(editsInto()).isEqualTo("from-top");

        imgedit.with("IMGEDIT_CONFIG", directory.resolve("empty.properties").toString());
        writeEmpty(directory.resolve("empty.properties"));
        assertThat(editsInto()).as("no setting anywhere: next to the input").isEqualTo(".");
    }

    @Test
    void theProfileComesFromTheFlagElseFromImgeditProfile() {
        imgedit.with("IMGEDIT_PROFILE", "work");
        assertThat(editsInto()).isEqualTo("from-profile");
        assertThat(editsInto("--profile", "offline")).as("--profile beats IMGEDIT_PROFILE").isEqualTo("from-top");
    }

    @Test
    void aProviderNamedByTheProfileIsUsedAndTheNoticeSaysSo() {
        imgedit.without("IMGEDIT_PROVIDER");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "offline");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("using provider 'fake' (set by profile 'offline' in " + file + ")");
    }

    @Test
    void theFetchCommandPrintedForALaterRunRepeatsTheProfile() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "work", "--no-wait");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).containsPattern("get the result with: imgedit fetch \\S+ --provider fake -o \\S+ "
                + "--profile work");
    }

    @Test
    void configShowPrintsEachSettingWithWhereItCameFrom() {
        imgedit.with("IMGEDIT_TIMEOUT", "90s");

        CommandRun run = imgedit.run("config", "show", "--profile", "work");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("config file: " + file, "profile:     work (--profile)");
        assertThat(line(run, "timeout")).contains("90s", "environment IMGEDIT_TIMEOUT");
        assertThat(line(run, "aspect-ratio")).contains("1:1", "profile 'work' in " + file);
        assertThat(line(run, "output-dir")).contains(directory.resolve("from-profile").toString());
        assertThat(line(run, "model")).contains("(the provider's default model)", "default");
        assertThat(line(run, "provider")).contains("environment IMGEDIT_PROVIDER");
    }

    @Test
    void anUnknownProfileStopsAnEditWithOneLineListingTheProfiles() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "wrok");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("profile 'wrok' (--profile) is not in config file " + file, "offline, work",
                        "imgedit config show");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }

    @Test
    void aMisspeltSettingOrABadValueNamesTheFileAndTheKey() {
        ConfigFiles.write(directory, "timout = 5m", "profile.work.timeout = soon");

        CommandRun edit = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--profile", "work");
        CommandRun show = imgedit.run("config", "show", "--profile", "work");

        assertThat(edit.exitCode()).isEqualTo(2);
        assertThat(edit.errorLines()).singleElement().asString()
                .contains("unknown setting 'timout'", "(and 1 more)");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.out()).contains("problems:", "unknown setting 'timout'",
                "profile.work.timeout 'soon' is not a duration");
    }

    @Test
    void aBrokenConfigDoesNotStopHelpOrTheCommandsThatReportOnIt() {
        ConfigFiles.write(directory, "timout = 5m");

        assertThat(imgedit.run("help", "edit").exitCode()).isZero();
        assertThat(imgedit.run("edit", "--help").exitCode()).isZero();
        assertThat(imgedit.run("doctor", "--offline").out()).contains("fail  config: config file");
    }

    @Test
    void theEnvironmentIsCheckedTooAndNamedAsTheSource() {
        imgedit.with("IMGEDIT_ASPECT_RATIO", "wide");

        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("IMGEDIT_ASPECT_RATIO", "wide");
    }

    /** The folder (relative to the test's directory) the edit's output went to. */
    private String editsInto(String... options) {
        String[] args = new String[4 + options.length + 1];
        args[0] = "edit";
        args[1] = "-i";
        args[2] = "photo.png";
        args[3] = "-p";
        System.arraycopy(options, 0, args, 5, options.length);
        args[4] = "snow";
        CommandRun run = imgedit.run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path written = directory.resolve(run.outLines().get(0));
        try {
            Files.delete(written);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Path folder = directory.relativize(written.getParent().normalize());
        return folder.toString().isEmpty() ? "." : folder.toString();
    }

    private static String line(CommandRun run, String setting) {
        return run.outLines().stream().filter(line -> line.startsWith(setting + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + setting + " in\n" + run.out()));
    }

    private static void writeEmpty(Path file) {
        try {
            Files.writeString(file, "");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
