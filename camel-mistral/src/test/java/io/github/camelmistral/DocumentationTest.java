package io.github.camelmistral;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelmistral.api.MistralJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the guide's option and header tables in step with the component JSON that camel-package-maven-plugin
 * generates from the code. Run with {@code -Ddocs.update=true} to rewrite the tables after changing options.
 */
class DocumentationTest {

    private static final Path GUIDE = Path.of("..", "src", "main", "docs", "mistral-component.adoc");

    @Test
    void optionAndHeaderTablesMatchTheComponentJson() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelmistral/mistral.json")) {
            json = MistralJson.mapper().readTree(in);
        }
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String expected = replace(guide, "component options", optionTable("component", json.get("componentProperties")));
        expected = replace(expected, "endpoint options", optionTable("endpoint", json.get("properties")));
        expected = replace(expected, "component headers", headerTable(json.get("headers")));

        if (Boolean.getBoolean("docs.update") && !expected.equals(guide)) {
            Files.writeString(GUIDE, expected, StandardCharsets.UTF_8);
            guide = expected;
        }
        assertThat(guide).as("the guide's tables are out of date: run "
                             + "mvn -pl camel-mistral test -Dtest=DocumentationTest -Ddocs.update=true")
                .isEqualTo(expected);
    }

    private static String replace(String guide, String region, String content) {
        Pattern pattern = Pattern.compile("(// " + region + ": START\n)(.*?)(// " + region + ": END)", Pattern.DOTALL);
        Matcher matcher = pattern.matcher(guide);
        assertThat(matcher.find()).as("region '%s' in the guide", region).isTrue();
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + content + matcher.group(3)));
    }

    private static String optionTable(String level, JsonNode options) {
        StringBuilder table = new StringBuilder();
        table.append("The ").append(level).append(" supports ").append(options.size()).append(" options.\n\n")
                .append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            JsonNode o = option.getValue();
            table.append("| *").append(option.getKey()).append("* (").append(o.path("group").asText()).append(")")
                    .append(o.path("secret").asBoolean() ? " (secret)" : "")
                    .append(" | ").append(escape(o.path("description").asText()))
                    .append(enums(o))
                    .append(" | ").append(o.has("defaultValue") ? escape(o.get("defaultValue").asText()) : "")
                    .append(" | ").append(o.path("type").asText()).append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String headerTable(JsonNode headers) {
        StringBuilder table = new StringBuilder();
        table.append("The component supports ").append(headers.size()).append(" message headers.\n\n")
                .append("[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            JsonNode h = header.getValue();
            table.append("| `").append(header.getKey()).append("` | ").append(escape(h.path("description").asText()))
                    .append(" | `").append(h.path("javaType").asText()).append("`\n");
        }
        return table.append("|===\n").toString();
    }

    private static String enums(JsonNode option) {
        JsonNode values = option.get("enum");
        return values == null || !values.isArray() ? "" : " Values: " + join(values) + ".";
    }

    private static String join(JsonNode values) {
        StringBuilder sb = new StringBuilder();
        values.forEach(v -> sb.append(sb.length() > 0 ? ", " : "").append('`').append(v.asText()).append('`'));
        return sb.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
