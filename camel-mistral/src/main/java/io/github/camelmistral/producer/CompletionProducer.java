package io.github.camelmistral.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.Usage;
import io.github.camelmistral.api.chat.ChatCompletionResponse;
import io.github.camelmistral.api.chat.ChatMessage;
import io.github.camelmistral.api.chat.ResponseFormat;
import io.github.camelmistral.api.chat.SystemMessage;
import io.github.camelmistral.api.stream.TextStream;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What chat, image analysis, FIM and agent actions share: the sampling options they read and the way a completion is
 * written back into the message (reply text as body, usage and ids as headers).
 */
abstract class CompletionProducer extends MistralProducer {

    private Map<String, Object> configuredSchema;
    private Class<?> outputType;
    private ChatMemory memory;

    CompletionProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (config().getOutputClass() != null) {
            // resolved and its schema generated once, so a missing class or an unusable one fails at startup
            outputType = getEndpoint().getCamelContext().getClassResolver().resolveMandatoryClass(config().getOutputClass());
            if (config().getStructuredOutputRetries() < 0) {
                throw new IllegalArgumentException(action() + ": structuredOutputRetries must be 0 or more, but is "
                                                   + config().getStructuredOutputRetries());
            }
            StructuredOutputCall.responseFormat(outputType);
            if (config().isStreaming()) {
                throw new IllegalArgumentException(action() + ": outputClass needs the whole reply to read it into "
                                                   + config().getOutputClass() + "; it cannot be combined with "
                                                   + "streaming=true");
            }
        }
        if (config().getPromptMode() != null && !"reasoning".equals(config().getPromptMode())) {
            throw new IllegalArgumentException(action() + ": promptMode must be reasoning (the one mode the API has), but "
                                               + "is '" + config().getPromptMode() + "'");
        }
        if (config().getJsonSchema() != null) {
            // read and check the option's schema once, so a broken schema fails the route at startup
            configuredSchema = parseSchema("the jsonSchema option", config().getJsonSchema());
        }
    }

    /** Starts the {@code CamelMistralMemoryId} memory, for the actions that keep conversations (chat, agent). */
    protected void startMemory() throws Exception {
        if (config().getMaxHistoryMessages() < 0) {
            throw new IllegalArgumentException(action() + ": maxHistoryMessages must be 0 or more, but is "
                                               + config().getMaxHistoryMessages());
        }
        StateRepository<String, String> repository = config().getMemoryRepository() != null
                ? config().getMemoryRepository() : getEndpoint().getComponent().defaultMemory();
        ServiceHelper.startService(repository);
        memory = new ChatMemory(repository, config().getMaxHistoryMessages());
    }

    /**
     * Sends {@code messages}, after the history of the conversation the {@code CamelMistralMemoryId} header names (if
     * any), and keeps that conversation with the answer once it is there.
     */
    protected CompletionStage<?> withMemory(Exchange exchange, List<ChatMessage> messages,
                                            Function<List<ChatMessage>, CompletionStage<?>> send) {
        String memoryId = exchange.getMessage().getHeader(MistralConstants.MEMORY_ID, String.class);
        if (memory == null || memoryId == null || memoryId.isBlank()) {
            return send.apply(messages);
        }
        List<ChatMessage> remembered = memory.withHistory(memoryId, messages);
        return send.apply(remembered).thenAccept(done -> remember(exchange, memoryId, remembered));
    }

    /** Keeps the conversation of the answer: at once, or when a streamed reply has ended. */
    @SuppressWarnings("unchecked")
    private void remember(Exchange exchange, String memoryId, List<ChatMessage> sent) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof TextStream stream) {
            // a streamed tool loop sets its whole conversation when the stream ends, before this is told
            stream.whenEnded(result -> {
                List<ChatMessage> looped = exchange.getMessage().getHeader(MistralConstants.CONVERSATION, List.class);
                memory.remember(memoryId, looped != null ? looped : append(sent, result.text()));
            });
            return;
        }
        List<ChatMessage> conversation = exchange.getMessage().getHeader(MistralConstants.CONVERSATION, List.class);
        memory.remember(memoryId, conversation != null ? conversation
                : append(sent, exchange.getMessage().getHeader(MistralConstants.RESPONSE,
                ChatCompletionResponse.class).text()));
    }

    private static List<ChatMessage> append(List<ChatMessage> messages, String reply) {
        List<ChatMessage> all = new ArrayList<>(messages);
        all.add(ChatMessage.assistant(reply == null ? "" : reply));
        return all;
    }

    protected List<ChatMessage> withSystemMessage(Exchange exchange, List<ChatMessage> messages) {
        String system = option(exchange, MistralConstants.SYSTEM_MESSAGE, String.class, config().getSystemMessage());
        if (system == null || system.isBlank() || messages.get(0) instanceof SystemMessage) {
            return messages;
        }
        List<ChatMessage> all = new ArrayList<>(messages.size() + 1);
        all.add(ChatMessage.system(system));
        all.addAll(messages);
        return all;
    }

    protected Double temperature(Exchange exchange) {
        return option(exchange, MistralConstants.TEMPERATURE, Double.class, config().getTemperature());
    }

    protected Double topP(Exchange exchange) {
        return option(exchange, MistralConstants.TOP_P, Double.class, config().getTopP());
    }

    protected Integer maxTokens(Exchange exchange) {
        return option(exchange, MistralConstants.MAX_TOKENS, Integer.class, config().getMaxTokens());
    }

    protected Integer randomSeed(Exchange exchange) {
        return option(exchange, MistralConstants.RANDOM_SEED, Integer.class, config().getRandomSeed());
    }

    /** The API's {@code prediction} object for the predicted text of the header or option, or null. */
    protected Map<String, Object> prediction(Exchange exchange) {
        String content = option(exchange, MistralConstants.PREDICTION, String.class, config().getPrediction());
        return content == null ? null : Map.of("type", "content", "content", content);
    }

    protected String promptCacheKey(Exchange exchange) {
        return option(exchange, MistralConstants.PROMPT_CACHE_KEY, String.class, config().getPromptCacheKey());
    }

    protected Map<String, Object> metadata(Exchange exchange) {
        return RequestMetadata.of(action(), exchange, config());
    }

    /** Stop sequences from a List header or a comma-separated header/option. */
    protected List<String> stop(Exchange exchange) {
        Object raw = exchange.getMessage().getHeader(MistralConstants.STOP);
        if (raw instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        String text = raw != null ? raw.toString() : config().getStop();
        if (text == null || text.isEmpty()) {
            return null;
        }
        return Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    protected ResponseFormat responseFormat(Exchange exchange) {
        String type = option(exchange, MistralConstants.RESPONSE_FORMAT, String.class, config().getResponseFormat());
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> ResponseFormat.JSON_OBJECT;
            case "json_schema" -> ResponseFormat.jsonSchema(config().getJsonSchemaName(), schema(exchange),
                    config().getJsonSchemaStrict());
            default -> throw new IllegalArgumentException(
                    "responseFormat must be text, json_object or json_schema, but is '" + type + "'");
        };
    }

    private Map<String, Object> schema(Exchange exchange) {
        String fromHeader = exchange.getMessage().getHeader(MistralConstants.JSON_SCHEMA, String.class);
        if (fromHeader != null) {
            return parseSchema("the " + MistralConstants.JSON_SCHEMA + " header", fromHeader);
        }
        if (configuredSchema == null) {
            throw new IllegalArgumentException("responseFormat=json_schema needs a schema: set the jsonSchema option "
                                               + "(inline JSON or resource:classpath:...) or the "
                                               + MistralConstants.JSON_SCHEMA + " header");
        }
        return configuredSchema;
    }

    private Map<String, Object> parseSchema(String source, String value) {
        return JsonSchemas.parse(getEndpoint().getCamelContext(), source, value);
    }

    /** The class replies are read into ({@code outputClass}), or null. */
    protected Class<?> outputType() {
        return outputType;
    }

    /**
     * A structured completion: {@code send} gets the conversation and the class's response format; the body becomes
     * the instance read from the reply, the other headers are those of the answer that fitted.
     */
    protected CompletionStage<?> sendStructured(Exchange exchange, List<ChatMessage> messages,
                                                BiFunction<List<ChatMessage>, ResponseFormat,
                                                        CompletableFuture<MistralResponse<ChatCompletionResponse>>> send) {
        ResponseFormat format = StructuredOutputCall.responseFormat(outputType);
        return new StructuredOutputCall(outputType, config().getStructuredOutputRetries(),
                conversation -> send.apply(conversation, format))
                .run(messages)
                .thenAccept(outcome -> {
                    writeCompletion(exchange, outcome.answer());
                    exchange.getMessage().setBody(outcome.value());
                });
    }

    /** Whether this message asks for a streamed reply: the {@code streaming} option. */
    protected boolean streaming() {
        return config().isStreaming();
    }

    protected Duration streamIdleTimeout() {
        return Duration.ofMillis(config().getStreamIdleTimeout());
    }

    /** Writes a completion into the message: reply text as body, usage and ids as headers, typed response too. */
    protected void writeCompletion(Exchange exchange, MistralResponse<ChatCompletionResponse> answer) {
        ChatCompletionResponse response = answer.body();
        Message message = exchange.getMessage();
        message.setBody(response.text());
        writeResponseHeaders(message, answer, response.id(), response.model());
        message.setHeader(MistralConstants.FINISH_REASON, response.finishReason());
        setUsage(message, response.usage());
        String reasoning = response.choices() == null || response.choices().isEmpty()
                           || response.choices().get(0).message() == null
                ? null : response.choices().get(0).message().reasoning();
        if (reasoning != null && !reasoning.isEmpty()) {
            message.setHeader(MistralConstants.REASONING, reasoning);
        }
    }

    /** Adds the conversation so far (sent messages and the reply) for the route to continue it. */
    protected void writeConversation(Exchange exchange, List<ChatMessage> sent, ChatCompletionResponse response) {
        if (response.choices() == null || response.choices().isEmpty() || response.choices().get(0).message() == null) {
            return;
        }
        List<ChatMessage> conversation = new ArrayList<>(sent);
        conversation.add(response.choices().get(0).message().toAssistantMessage());
        exchange.getMessage().setHeader(MistralConstants.CONVERSATION, conversation);
    }

    static void setUsage(Message message, Usage usage) {
        if (usage != null) {
            message.setHeader(MistralConstants.PROMPT_TOKENS, usage.promptTokens());
            message.setHeader(MistralConstants.COMPLETION_TOKENS, usage.completionTokens());
            message.setHeader(MistralConstants.TOTAL_TOKENS, usage.totalTokens());
            if (usage.cachedTokens() != null) {
                message.setHeader(MistralConstants.CACHED_TOKENS, usage.cachedTokens());
            }
            if (usage.promptAudioSeconds() != null) {
                message.setHeader(MistralConstants.PROMPT_AUDIO_SECONDS, usage.promptAudioSeconds());
            }
        }
    }
}
