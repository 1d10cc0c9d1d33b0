package dev.imgedit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What one in-process run of imgedit left: its exit code and everything it printed.
 *
 * @param outBytes standard output as bytes, for an image written there ({@code -o -})
 */
record CommandRun(int exitCode, String out, String err, byte[] outBytes) {

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The lines of standard error that report an error. */
    List<String> errorLines() {
        return err.lines().filter(line -> line.startsWith("imgedit: error: ")).toList();
    }

    /** Standard output as the one JSON object it must be. */
    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("standard output is not one JSON object: " + out, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
