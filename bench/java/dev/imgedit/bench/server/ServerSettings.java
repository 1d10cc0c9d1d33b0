package dev.imgedit.bench.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the server plays jobs, from {@code name=value} pairs joined by {@code &}: {@code latency_ms} (added to every
 * API answer), {@code eta} (the seconds a submit announces; 0 = the submit answers success at once), {@code work}
 * (the seconds a job really takes; default: the eta) and {@code output} (the served image, {@code WIDTHxHEIGHT}).
 */
record ServerSettings(long latencyMillis, double etaSeconds, double workSeconds, int outputWidth, int outputHeight) {

    static ServerSettings parse(String pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs.strip().split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("'" + pair + "' is not name=value");
            }
            values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        double eta = Double.parseDouble(values.getOrDefault("eta", "0"));
        double work = Double.parseDouble(values.getOrDefault("work", String.valueOf(eta)));
        String[] output = values.getOrDefault("output", "1024x768").toLowerCase(Locale.ROOT).split("x");
        if (eta < 0 || work < 0 || output.length != 2) {
            throw new IllegalArgumentException("eta and work are seconds (0 or more), output is WIDTHxHEIGHT: "
                    + pairs);
        }
        return new ServerSettings(Long.parseLong(values.getOrDefault("latency_ms", "0")), eta, work,
                Integer.parseInt(output[0]), Integer.parseInt(output[1]));
    }

    /** 0 when a submit finishes the job at once. */
    long workNanos() {
        return etaSeconds == 0 && workSeconds == 0 ? 0 : Math.max(1, (long) (workSeconds * 1e9));
    }

    @Override
    public String toString() {
        return "latency_ms=" + latencyMillis + "&eta=" + etaSeconds + "&work=" + workSeconds + "&output="
                + outputWidth + "x" + outputHeight;
    }
}
