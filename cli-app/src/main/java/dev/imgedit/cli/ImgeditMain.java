package dev.imgedit.cli;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.VersionProvider;
import dev.imgedit.cli.internal.proxy.ProxyEnvironment;
import java.nio.file.Path;

/** The launcher's entry point: runs {@link Imgedit} on the process's own environment, streams and directory. */
public final class ImgeditMain {
    /** Guice's switch for generating classes at run time (for AOP, which imgedit does not use). */
    private static final String GUICE_BYTECODE_GENERATION = "guice_bytecode_gen_option";

    private ImgeditMain() {}

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The same lines picocli prints, without building its model of every command first: that model is
            // most of a cold --version (docs/performance.md).
            for (String line : new VersionProvider().getVersion()) {
                System.out.println(line);
            }
            System.exit(ExitCode.SUCCESS.code());
        }
        // Reflection instead of generated classes: about 100 ms less start-up, measured on a cold JVM.
        if (System.getProperty(GUICE_BYTECODE_GENERATION) == null) {
            System.setProperty(GUICE_BYTECODE_GENERATION, "DISABLED");
        }
        try {
            // Before anything opens a connection: the JDK reads some proxy settings once.
            ProxyEnvironment.from(System.getenv()).install();
        } catch (CliException e) {
            System.err.println("imgedit: error: " + e.getMessage());
            System.exit(ExitCode.USAGE.code());
        }
        String home = System.getProperty("imgedit.home");
        int exitCode = new Imgedit(System.getenv(), System.in, System.out, System.err, Path.of("").toAbsolutePath())
                .interactive(System.console() != null)
                .installationDirectory(home == null || home.isBlank() ? null : Path.of(home))
                .run(args);
        System.exit(exitCode);
    }
}
