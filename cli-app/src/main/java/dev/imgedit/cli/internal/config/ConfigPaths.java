package dev.imgedit.cli.internal.config;

import java.nio.file.Path;
import java.util.Map;

/** Paths written in the config file: {@code ~/} is the home folder, and a relative path is the file's folder's. */
final class ConfigPaths {
    private ConfigPaths() {}

    static Path resolve(String written, Path configFile, Map<String, String> environment) {
        String home = environment.get("HOME");
        String path = written.strip();
        if ((path.equals("~") || path.startsWith("~/")) && home != null && !home.isBlank()) {
            return Path.of(home).resolve(path.equals("~") ? "" : path.substring(2)).normalize();
        }
        Path folder = configFile.toAbsolutePath().getParent();
        return (folder == null ? Path.of(path) : folder.resolve(path)).toAbsolutePath().normalize();
    }
}
