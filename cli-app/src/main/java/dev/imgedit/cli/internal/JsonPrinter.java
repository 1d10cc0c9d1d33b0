package dev.imgedit.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;

/** Prints one JSON document on a line of its own. Jackson is loaded only when {@code --json} asks for it. */
public final class JsonPrinter {
    private JsonPrinter() {}

    public static void print(PrintStream out, Object document) {
        try {
            out.println(new ObjectMapper().writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
