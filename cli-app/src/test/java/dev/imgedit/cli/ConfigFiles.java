package dev.imgedit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A config file in a test's own XDG_CONFIG_HOME, written with the permissions a test asks for. */
final class ConfigFiles {
    private ConfigFiles() {}

    /** The folder to export as XDG_CONFIG_HOME; the file is {@code imgedit/config.properties} inside it. */
    static Path home(Path directory) {
        return directory.resolve("config-home");
    }

    /** Writes {@code lines} as the config file, readable by its owner only unless {@code mode} says otherwise. */
    static Path withMode(Path directory, String mode, String... lines) {
        Path file = home(directory).resolve("imgedit/config.properties");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path directory, String... lines) {
        return withMode(directory, "rw-------", lines);
    }
}
