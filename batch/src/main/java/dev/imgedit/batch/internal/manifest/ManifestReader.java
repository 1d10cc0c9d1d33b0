package dev.imgedit.batch.internal.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.imgedit.AspectRatio;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.internal.Json;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a manifest: CSV with a header row, or JSON Lines (one object a line), told apart by the extension
 * ({@code .csv}; {@code .jsonl}, {@code .ndjson}) or else by whether the first character is <code>{</code>. Fields:
 * {@value #IMAGE} (a path relative to the manifest's folder, or an http(s) URL), {@value #PROMPT}, and optionally
 * {@value #ASPECT_RATIO}, {@value #SEED}, {@value #OUTPUT} and provider options (CSV columns named
 * {@code option.NAME}; a JSON object {@value #OPTIONS}). Every problem is reported with its line.
 */
public final class ManifestReader {
    static final String IMAGE = "image";
    static final String PROMPT = "prompt";
    static final String ASPECT_RATIO = "aspect_ratio";
    static final String SEED = "seed";
    static final String OUTPUT = "output";
    static final String OPTIONS = "options";
    static final String OPTION_PREFIX = "option.";
    private static final List<String> FIELDS = List.of(IMAGE, PROMPT, ASPECT_RATIO, SEED, OUTPUT);
    private static final String EXAMPLE = "{\"image\": \"a.png\", \"prompt\": \"make it snow\"}";
    /** One object a line, nothing after it, no field twice: a line is never half read or silently merged. */
    private static final ObjectReader LINE_READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private ManifestReader() {}

    /**
     * @throws InvalidRequestException naming the line and the fix for any malformed row, or when it has no items
     * @throws UncheckedIOException when it cannot be read
     */
    public static List<BatchItem> read(Path manifest) {
        String source = "manifest '" + manifest + "'";
        String text = text(manifest, source);
        Path base = manifest.toAbsolutePath().normalize().getParent();
        String name = String.valueOf(manifest.getFileName()).toLowerCase(Locale.ROOT);
        boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || (!name.endsWith(".csv") && text.stripLeading().startsWith("{"));
        List<BatchItem> items = jsonLines ? jsonLines(text, base, source) : csv(text, base, source);
        if (items.isEmpty()) {
            throw new InvalidRequestException(source + " has no items: add a line per image");
        }
        return items;
    }

    private static String text(Path manifest, String source) {
        if (Files.isDirectory(manifest)) {
            throw new InvalidRequestException(source + " is a folder: give a .csv or .jsonl file");
        }
        try {
            byte[] bytes = Files.readAllBytes(manifest);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException(source + " does not exist: check its name and folder");
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(source + " is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static List<BatchItem> csv(String text, Path base, String source) {
        List<CsvRows.Row> rows = CsvRows.parse(text, source);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields().stream().map(column -> column.strip()
                .toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!FIELDS.contains(column) && !(column.startsWith(OPTION_PREFIX)
                    && column.length() > OPTION_PREFIX.length())) {
                throw new InvalidRequestException(source + " line " + rows.get(0).line() + ": unknown column '"
                        + column + "': the columns are " + String.join(", ", FIELDS) + " and option.NAME for a "
                        + "provider option");
            }
        }
        if (!header.contains(IMAGE) || !header.contains(PROMPT)) {
            throw new InvalidRequestException(source + " line " + rows.get(0).line() + ": the header needs the "
                    + "columns " + IMAGE + " and " + PROMPT + ", found " + String.join(", ", header));
        }
        List<BatchItem> items = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String where = source + " line " + row.line();
            if (row.fields().size() != header.size()) {
                throw new InvalidRequestException(where + ": " + row.fields().size() + " fields, but the header has "
                        + header.size() + "; quote fields that contain commas");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = row.fields().get(i);
                if (header.get(i).startsWith(OPTION_PREFIX)) {
                    if (!value.isBlank()) {
                        options.put(header.get(i).substring(OPTION_PREFIX.length()), value.strip());
                    }
                } else {
                    fields.put(header.get(i), value);
                }
            }
            items.add(item(fields, options, base, where));
        }
        return items;
    }

    private static List<BatchItem> jsonLines(String text, Path base, String source) {
        List<BatchItem> items = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + " line " + (index + 1);
            JsonNode object;
            try {
                object = LINE_READER.readTree(lines[index]);
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException(where + unreadable(e));
            }
            if (object == null || !object.isObject()) {
                throw new InvalidRequestException(where + ": not a JSON object; write one object a line, such as "
                        + EXAMPLE);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                if (key.equals(OPTIONS)) {
                    options.putAll(options(field.getValue(), where));
                } else if (FIELDS.contains(key)) {
                    fields.put(key, scalar(field.getValue(), key, where));
                } else {
                    throw new InvalidRequestException(where + ": unknown field '" + key + "': the fields are "
                            + String.join(", ", FIELDS) + " and " + OPTIONS);
                }
            }
            items.add(item(fields, options, base, where));
        }
        return items;
    }

    /** {@code , column 12: what is wrong; the fix}, in Jackson's words without its source and markers. */
    private static String unreadable(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String column = location == null || location.getColumnNr() < 1 ? "" : ", column " + location.getColumnNr();
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing")) {
            return column + ": more than one JSON value on the line: write one object a line, such as " + EXAMPLE;
        }
        String problem = String.valueOf(e.getOriginalMessage());
        if (problem.startsWith("Duplicate field ")) {
            return column + ": " + problem.substring("Duplicate ".length())
                    + " is given twice: keep one";
        }
        int marker = problem.indexOf(" (start marker at");
        problem = (marker < 0 ? problem : problem.substring(0, marker)).lines().findFirst().orElse(problem);
        return column + ": not valid JSON: " + problem + "; write one object a line, such as " + EXAMPLE;
    }

    private static Map<String, String> options(JsonNode value, String where) {
        if (!value.isObject()) {
            throw new InvalidRequestException(where + ": '" + OPTIONS + "' must be an object of provider options, "
                    + "such as {\"guidance_scale\": 3}");
        }
        Map<String, String> options = new LinkedHashMap<>();
        value.properties().forEach(option -> options.put(option.getKey(),
                scalar(option.getValue(), OPTIONS + "." + option.getKey(), where)));
        return options;
    }

    private static String scalar(JsonNode value, String name, String where) {
        if (value.isNull()) {
            return "";
        }
        if (!value.isValueNode()) {
            throw new InvalidRequestException(where + ": '" + name + "' must be text, a number or true/false");
        }
        return value.asText();
    }

    private static BatchItem item(Map<String, String> fields, Map<String, String> options, Path base, String where) {
        try {
            String image = required(fields, IMAGE, where);
            String prompt = required(fields, PROMPT, where);
            String ratio = blankToNull(fields.get(ASPECT_RATIO));
            String seed = blankToNull(fields.get(SEED));
            return new BatchItem(BatchInput.parse(image, base), prompt, ratio == null ? null : AspectRatio.parse(ratio),
                    seed == null ? null : Seeds.parse(where + ": seed", seed, "42"), blankToNull(fields.get(OUTPUT)), options);
        } catch (InvalidRequestException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                    : new InvalidRequestException(where + ": " + e.getMessage());
        }
    }

    private static String required(Map<String, String> fields, String name, String where) {
        String value = blankToNull(fields.get(name));
        if (value == null) {
            throw new InvalidRequestException(where + ": '" + name + "' is missing or blank");
        }
        return value;
    }


    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
