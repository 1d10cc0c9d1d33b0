package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ModelInfo;
import dev.imgedit.discovery.ImageEditProviders;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a client learns before calling anything: the server, its tools, their annotations and schemas. */
class ToolListingTest {
    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void theToolsSayWhatTheyCostAndTheirSchemasListWhatTheInstalledModelsTake() {
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(directory)))) {
            assertThat(connection.client().getServerInfo().name()).isEqualTo("imgedit");
            Map<String, McpSchema.Tool> tools = new TreeMap<>();
            connection.client().listTools().tools().forEach(tool -> tools.put(tool.name(), tool));

            assertThat(tools).containsOnlyKeys("edit_image", "fetch_job", "list_providers", "batch_edit", "get_job",
                    "list_jobs");
            McpSchema.ToolAnnotations edit = tools.get("edit_image").annotations();
            assertThat(List.of(edit.readOnlyHint(), edit.destructiveHint(), edit.idempotentHint(), edit.openWorldHint()))
                    .containsExactly(false, true, false, true);
            McpSchema.ToolAnnotations fetch = tools.get("fetch_job").annotations();
            assertThat(List.of(fetch.readOnlyHint(), fetch.destructiveHint(), fetch.idempotentHint(),
                    fetch.openWorldHint())).containsExactly(false, false, true, true);
            McpSchema.ToolAnnotations batch = tools.get("batch_edit").annotations();
            assertThat(List.of(batch.readOnlyHint(), batch.destructiveHint(), batch.idempotentHint(),
                    batch.openWorldHint())).as("it costs money; a repeat goes on, never pays twice")
                    .containsExactly(false, true, true, true);
            for (String readOnly : List.of("list_providers", "get_job", "list_jobs")) {
                McpSchema.ToolAnnotations list = tools.get(readOnly).annotations();
                assertThat(List.of(list.readOnlyHint(), list.destructiveHint(), list.idempotentHint(),
                        list.openWorldHint())).as(readOnly).containsExactly(true, false, true, false);
            }

            Map<String, Object> properties = properties(tools.get("edit_image"));
            assertThat(schema(properties, "provider").get("enum")).isEqualTo(List.of("fake", "modelslab"));
            assertThat((List<Object>) schema(properties, "aspect_ratio").get("enum")).contains("16:9", "1:1", "9:21");
            int mostImages = ImageEditProviders.discover().factories().stream()
                    .flatMap(factory -> factory.info().models().stream()).mapToInt(ModelInfo::maxImages).max()
                    .orElseThrow();
            assertThat(schema(properties, "references").get("maxItems")).isEqualTo(mostImages - 1);
            assertThat((List<Object>) schema(properties, "output_format").get("enum")).contains("png", "jpeg");
            assertThat(schema(properties, "model").get("description").toString()).contains("flux-kontext-pro");
            assertThat(tools.get("edit_image").inputSchema().get("required")).isEqualTo(List.of("image", "prompt"));
            assertThat(tools.get("edit_image").outputSchema()).containsKey("properties");
            assertThat(tools.get("fetch_job").inputSchema().get("required")).isEqualTo(List.of("job_id"));
            assertThat(tools.get("batch_edit").inputSchema().get("required"))
                    .isEqualTo(List.of("prompt", "output_folder"));
            assertThat(schema(properties(tools.get("batch_edit")), "provider").get("enum"))
                    .isEqualTo(List.of("fake", "modelslab"));
            assertThat((List<Object>) schema(properties(tools.get("list_jobs")), "state").get("enum"))
                    .contains("SUBMITTED", "OUTCOME_UNKNOWN");
        }
    }

    @Test
    void listProvidersDescribesEveryModelWithoutOpeningAnything() {
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(directory)))) {
            McpSchema.CallToolResult result = connection.call("list_providers", Map.of());

            assertThat(result.isError()).isFalse();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> providers = (List<Map<String, Object>>) ((Map<String, Object>) result
                    .structuredContent()).get("providers");
            assertThat(providers).extracting(provider -> provider.get("id")).containsExactly("fake", "modelslab");
            Map<String, Object> fake = providers.get(0);
            assertThat(fake).containsEntry("offline", true).containsEntry("default", true);
            assertThat(providers.get(1)).containsEntry("configured", false);
            @SuppressWarnings("unchecked")
            Map<String, Object> model = ((List<Map<String, Object>>) fake.get("models")).get(0);
            assertThat(model).containsKeys("aspect_ratios", "max_references", "input_formats", "output_formats",
                    "seed", "max_input_bytes");
            assertThat(((McpSchema.TextContent) result.content().get(0)).text()).contains("\"providers\"");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(McpSchema.Tool tool) {
        return (Map<String, Object>) tool.inputSchema().get("properties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> properties, String name) {
        return (Map<String, Object>) properties.get(name);
    }
}
