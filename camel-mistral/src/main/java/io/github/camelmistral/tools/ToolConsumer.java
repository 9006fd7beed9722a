package io.github.camelmistral.tools;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralJson;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.ResourceHelper;

/**
 * {@code mistral:tool?name=...}: a route the model may call. It is registered in its component while it runs; a call
 * becomes an exchange whose body is the arguments as a {@code Map<String, Object>}, with
 * {@code CamelMistralToolName} and {@code CamelMistralToolCallId}; the body when the route is done (a String, or
 * anything Jackson writes as JSON) is the tool's result.
 */
public class ToolConsumer extends DefaultConsumer {

    private ToolDefinition definition;

    public ToolConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public MistralEndpoint getEndpoint() {
        return (MistralEndpoint) super.getEndpoint();
    }

    public ToolDefinition definition() {
        return definition;
    }

    @Override
    protected void doStart() throws Exception {
        definition = definitionOf(getEndpoint());
        getEndpoint().getComponent().tools().register(this);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        if (definition != null) {
            getEndpoint().getComponent().tools().unregister(this);
        }
        super.doStop();
    }

    private static ToolDefinition definitionOf(MistralEndpoint endpoint) throws Exception {
        MistralConfiguration config = endpoint.getConfiguration();
        Map<String, Object> schema;
        if (config.getParameters() != null) {
            if (config.getParameter() != null && !config.getParameter().isEmpty()) {
                throw new IllegalArgumentException("mistral:tool " + config.getName() + ": set either parameters (a JSON "
                                                   + "schema) or parameter.* options, not both");
            }
            String json = config.getParameters();
            if (json.startsWith("resource:")) {
                try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(endpoint.getCamelContext(),
                        json.substring("resource:".length()))) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            try {
                schema = MistralJson.mapper().readValue(json, MistralJson.mapper().getTypeFactory()
                        .constructMapType(Map.class, String.class, Object.class));
            } catch (Exception e) {
                throw new IllegalArgumentException("mistral:tool " + config.getName() + ": parameters is not a JSON "
                                                   + "schema object: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        } else {
            List<String> optional = MistralConfiguration.listOf(config.getOptionalParameters());
            schema = ToolDefinition.schemaOf(config.getParameter() == null ? Map.of() : config.getParameter(),
                    optional == null ? List.of() : optional);
        }
        return new ToolDefinition(config.getName(), config.getDescription(), schema);
    }

    /**
     * Runs the route for one call, without blocking: the future completes with the route's result as text, or
     * exceptionally with the route's exception.
     */
    CompletableFuture<String> call(String callId, Map<String, Object> arguments) {
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(arguments);
        exchange.getIn().setHeader(MistralConstants.TOOL_NAME, definition.name());
        exchange.getIn().setHeader(MistralConstants.TOOL_CALL_ID, callId);
        CompletableFuture<String> result = new CompletableFuture<>();
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    result.completeExceptionally(exchange.getException());
                } else {
                    result.complete(resultText(exchange.getMessage().getBody()));
                }
            } catch (Exception e) {
                result.completeExceptionally(e);
            } finally {
                releaseExchange(exchange, false);
            }
        });
        return result;
    }

    private static String resultText(Object body) throws Exception {
        if (body == null) {
            return "";
        }
        if (body instanceof CharSequence text) {
            return text.toString();
        }
        return MistralJson.mapper().writeValueAsString(body);
    }
}
