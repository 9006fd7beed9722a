package io.github.camelmistral.producer;

import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.agents.Agent;
import io.github.camelmistral.api.agents.AgentFilter;
import org.apache.camel.Exchange;

/**
 * The {@code operation}s of {@code mistral:agent}: the agents of the workspace, their versions and aliases. Without an
 * operation, {@link AgentProducer} calls the agent instead.
 */
class AgentOperations extends ResourceProducer {

    /** The operations of {@code mistral:agent}. */
    enum Operation {
        create, list, get, update, delete, listVersions, getVersion, updateVersion, setAlias, listAliases, deleteAlias
    }

    AgentOperations(MistralEndpoint endpoint) {
        super(endpoint);
    }

    /** Whether the message asks for an operation rather than a completion. */
    boolean isOperation(Exchange exchange) {
        return option(exchange, MistralConstants.OPERATION, String.class, config().getOperation()) != null;
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> withAgentId(exchange, callForBody(exchange, api().agents().create(definition(exchange,
                    operation))));
            case list -> list(exchange, api().agents().list(filter(exchange)), Agent::id);
            case get -> callForBody(exchange, api().agents().get(agentId(exchange, operation), optionalVersion(exchange)));
            case update -> {
                String id = agentId(exchange, operation);
                yield callForBody(exchange, api().agents().update(id, definition(exchange, operation)));
            }
            case delete -> callForBody(exchange, api().agents().delete(agentId(exchange, operation)));
            case listVersions -> list(exchange, api().agents().versions(agentId(exchange, operation)),
                    agent -> String.valueOf(agent.version()));
            case getVersion -> {
                String id = agentId(exchange, operation);
                yield callForBody(exchange, api().agents().version(id, requiredVersion(exchange, operation)));
            }
            case updateVersion -> {
                String id = agentId(exchange, operation);
                yield callForBody(exchange, api().agents().useVersion(id, versionNumber(exchange, operation)));
            }
            case setAlias -> {
                String id = agentId(exchange, operation);
                String alias = alias(exchange, operation);
                yield callForBody(exchange, api().agents().setAlias(id, alias, versionNumber(exchange, operation)));
            }
            case listAliases -> callForBody(exchange, api().agents().aliases(agentId(exchange, operation)));
            case deleteAlias -> {
                String id = agentId(exchange, operation);
                yield callForBody(exchange, api().agents().deleteAlias(id, alias(exchange, operation)));
            }
        };
    }

    /** After create, {@code CamelMistralAgentId} names the new agent, so that the next step can use it. */
    private static CompletionStage<?> withAgentId(Exchange exchange, CompletionStage<?> call) {
        return call.thenRun(() -> exchange.getMessage().setHeader(MistralConstants.AGENT_ID,
                exchange.getMessage().getBody(Agent.class).id()));
    }

    private String agentId(Exchange exchange, Operation operation) {
        return requiredId(exchange, MistralConstants.AGENT_ID, config().getAgentId(), "agentId", operation.name(),
                Agent.class, Agent::id);
    }

    /** The agent's definition: an {@code AgentRequest} or a {@code Map} with the spec's field names. */
    private Object definition(Exchange exchange, Operation operation) {
        Object body = exchange.getMessage().getBody();
        if (body == null || body instanceof CharSequence || body instanceof byte[] || body instanceof Agent) {
            throw new IllegalArgumentException(action() + " " + operation + " takes the agent's definition as the body: "
                                               + "an AgentRequest or a Map with the API's field names (model, name, "
                                               + "instructions, tools, completion_args, ...), but got "
                                               + (body == null ? "none" : body.getClass().getName()));
        }
        return body;
    }

    private String optionalVersion(Exchange exchange) {
        String version = option(exchange, MistralConstants.AGENT_VERSION, String.class, config().getAgentVersion());
        return version == null || version.isBlank() ? null : version.strip();
    }

    private String requiredVersion(Exchange exchange, Operation operation) {
        String version = optionalVersion(exchange);
        if (version == null) {
            throw new IllegalArgumentException(action() + " " + operation + " needs a version: set the agentVersion option "
                                               + "or the " + MistralConstants.AGENT_VERSION + " header");
        }
        return version;
    }

    private int versionNumber(Exchange exchange, Operation operation) {
        String version = requiredVersion(exchange, operation);
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(action() + " " + operation + " needs a version number in agentVersion, "
                                               + "but it is '" + version + "'", e);
        }
    }

    private String alias(Exchange exchange, Operation operation) {
        String alias = option(exchange, MistralConstants.AGENT_ALIAS, String.class, config().getAgentAlias());
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException(action() + " " + operation + " needs an alias: set the agentAlias option or "
                                               + "the " + MistralConstants.AGENT_ALIAS + " header");
        }
        return alias.strip();
    }

    /** The list filters: {@code agentName}, {@code search}, {@code deploymentChat}, {@code agentSources}, {@code metadata}. */
    private AgentFilter filter(Exchange exchange) {
        Object metadata = option(exchange, MistralConstants.METADATA, Object.class, config().getMetadata());
        return new AgentFilter(config().getAgentName(), config().getSearch(), config().getDeploymentChat(),
                config().getAgentSources() == null ? null : MistralConfiguration.listOf(config().getAgentSources()),
                RequestMetadata.parse(action() + " list", metadata));
    }
}
