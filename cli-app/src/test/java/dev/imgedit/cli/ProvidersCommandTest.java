package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersCommandTest {
    @TempDir
    Path directory;

    @Test
    void listsTheInstalledProvidersAndWhichIsConfigured() {
        CommandRun run = new CommandRunner(directory).without("IMGEDIT_PROVIDER").run("providers");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("fake (default): ")
                .contains("offline, ready"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("modelslab: ")
                .contains("not configured: set MODELSLAB_API_KEY"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("  MODEL")
                .contains("IMAGES", "ASPECT RATIOS", "OUTPUT", "FEATURES", "OPTIONS"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("  fake-java2d *")
                .contains("16:9", "seed"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith("  flux-kontext-pro *")
                .contains("16:9", "url,file"));
    }

    @Test
    void printsOneJsonObject() {
        CommandRun run = new CommandRunner(directory).without("IMGEDIT_PROVIDER")
                .with("MODELSLAB_API_KEY", "not-a-real-key").run("providers", "--json");

        assertThat(run.exitCode()).isZero();
        List<String> ids = new ArrayList<>();
        for (JsonNode provider : run.json().get("providers")) {
            ids.add(provider.get("id").asText());
            assertThat(provider.get("description").asText()).isNotBlank();
            assertThat(provider.get("defaultModel").asText()).isNotBlank();
            assertThat(provider.has("configured")).isTrue();
            JsonNode model = provider.get("models").get(0);
            assertThat(model.get("id").asText()).isEqualTo(provider.get("defaultModel").asText());
            assertThat(model.get("aspectRatios")).isNotEmpty();
            assertThat(model.get("maxImages").asInt()).isPositive();
            assertThat(model.get("maxJobsInFlight").asInt()).isPositive();
            assertThat(model.get("inputTypes").toString()).contains("png");
        }
        assertThat(ids).contains("fake", "modelslab");
        JsonNode modelslab = find(run.json(), "modelslab");
        assertThat(modelslab.get("configured").asBoolean()).isTrue();
        assertThat(modelslab.get("chosenByDefault").asBoolean()).isTrue();
        assertThat(modelslab.get("settings").get(0).asText()).isEqualTo("MODELSLAB_API_KEY");
        assertThat(run.out()).doesNotContain("not-a-real-key");
    }

    @Test
    void helpAndVersionNeedNoProvider() {
        CommandRunner imgedit = new CommandRunner(directory);

        CommandRun help = imgedit.run("--help");
        CommandRun editHelp = imgedit.run("edit", "--help");
        CommandRun version = imgedit.run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("edit", "fetch", "providers", "--debug");
        assertThat(editHelp.exitCode()).isZero();
        assertThat(editHelp.out()).contains("--image", "--prompt", "--aspect-ratio", "--seed", "--provider",
                "--output", "--timeout", "--json", "--force", "--no-wait", "--api-key-file", "--option");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("imgedit 0.");
    }

    private static JsonNode find(JsonNode json, String id) {
        for (JsonNode provider : json.get("providers")) {
            if (provider.get("id").asText().equals(id)) {
                return provider;
            }
        }
        throw new AssertionError("no provider " + id + " in " + json);
    }
}
