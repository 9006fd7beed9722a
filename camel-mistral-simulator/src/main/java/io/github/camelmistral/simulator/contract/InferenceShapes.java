package io.github.camelmistral.simulator.contract;

import java.util.Map;

/**
 * The field names the inference endpoints accept, written after the official spec's request schemas, which all set
 * {@code additionalProperties: false} down to every message and chunk type. These hold whether or not the spec file
 * is at hand, so an unknown or null-valued key is refused with 422 {@code extra_forbidden} in every mode.
 */
public final class InferenceShapes {

    private static final ObjectShape TEXT_CHUNK = ObjectShape.of("type", "text").required("text");
    private static final ObjectShape REFERENCE_CHUNK = ObjectShape.of("type", "reference_ids")
            .required("reference_ids");
    private static final ObjectShape TOOL_REFERENCE_CHUNK = ObjectShape
            .of("type", "tool", "title", "url", "favicon", "description").required("tool", "title");
    private static final ObjectShape THINK_CHUNK = ObjectShape.of("type", "thinking", "closed").required("thinking")
            .nested("thinking", new TaggedUnion("type",
                    Map.of("text", TEXT_CHUNK, "reference", REFERENCE_CHUNK, "tool_reference", TOOL_REFERENCE_CHUNK)));
    private static final ObjectShape IMAGE_URL_CHUNK = ObjectShape.of("type", "image_url").required("image_url")
            .nested("image_url", ObjectShape.of("url", "detail").required("url"));
    private static final ObjectShape DOCUMENT_URL_CHUNK = ObjectShape.of("type", "document_url", "document_name")
            .required("document_url");
    private static final ObjectShape FILE_CHUNK = ObjectShape.of("type", "file_id").required("file_id");

    private static final TaggedUnion CONTENT = new TaggedUnion("type", Map.of(
            "text", TEXT_CHUNK,
            "image_url", IMAGE_URL_CHUNK,
            "document_url", DOCUMENT_URL_CHUNK,
            "reference", REFERENCE_CHUNK,
            "file", FILE_CHUNK,
            "thinking", THINK_CHUNK,
            "input_audio", ObjectShape.of("type", "input_audio").required("input_audio")));

    private static final ObjectShape TOOL_CALL = ObjectShape.of("id", "type", "function", "index").required("function")
            .nested("function", ObjectShape.of("name", "arguments").required("name", "arguments"));

    private static final TaggedUnion MESSAGE = new TaggedUnion("role", Map.of(
            "system", ObjectShape.of("role", "content").required("content")
                    .nested("content", new TaggedUnion("type", Map.of("text", TEXT_CHUNK, "thinking", THINK_CHUNK))),
            "user", ObjectShape.of("role", "content").required("content").nested("content", CONTENT),
            "assistant", ObjectShape.of("role", "content", "tool_calls", "prefix")
                    .nested("content", CONTENT).nested("tool_calls", TOOL_CALL),
            "tool", ObjectShape.of("role", "content", "tool_call_id", "name").required("content")
                    .nested("content", CONTENT)));

    private static final ObjectShape TOOL = ObjectShape.of("type", "function").required("function")
            .nested("function", ObjectShape.of("name", "description", "strict", "parameters")
                    .required("name", "parameters"));
    private static final ObjectShape TOOL_CHOICE = ObjectShape.of("type", "function").required("function")
            .nested("function", ObjectShape.of("name").required("name"));
    private static final ObjectShape RESPONSE_FORMAT = ObjectShape.of("type", "json_schema")
            .nested("json_schema", ObjectShape.of("name", "description", "schema", "strict")
                    .required("name", "schema"));
    private static final ObjectShape PREDICTION = ObjectShape.of("type", "content");

    public static final RequestShape CHAT = ObjectShape.of("model", "temperature", "top_p", "max_tokens", "stream",
            "stop", "random_seed", "metadata", "messages", "response_format", "tools", "tool_choice",
            "presence_penalty", "frequency_penalty", "n", "prediction", "parallel_tool_calls", "prompt_mode",
            "reasoning_effort", "guardrails", "prompt_cache_key", "safe_prompt")
            .required("model", "messages")
            .nested("messages", MESSAGE).nested("tools", TOOL).nested("tool_choice", TOOL_CHOICE)
            .nested("response_format", RESPONSE_FORMAT).nested("prediction", PREDICTION);

    /** The agent holds model and sampling settings, so {@code model}, {@code temperature}, ... are refused here. */
    public static final RequestShape AGENTS = ObjectShape.of("max_tokens", "stream", "stop", "random_seed", "metadata",
            "messages", "response_format", "tools", "tool_choice", "presence_penalty", "frequency_penalty", "n",
            "prediction", "parallel_tool_calls", "prompt_mode", "reasoning_effort", "prompt_cache_key", "agent_id")
            .required("agent_id", "messages")
            .nested("messages", MESSAGE).nested("tools", TOOL).nested("tool_choice", TOOL_CHOICE)
            .nested("response_format", RESPONSE_FORMAT).nested("prediction", PREDICTION);

    public static final RequestShape FIM = ObjectShape.of("model", "temperature", "top_p", "max_tokens", "stream",
            "stop", "random_seed", "metadata", "prompt", "suffix", "min_tokens", "prompt_cache_key")
            .required("model", "prompt");

    public static final RequestShape EMBEDDINGS = ObjectShape.of("model", "metadata", "input", "output_dimension",
            "output_dtype", "encoding_format").required("model", "input");

    /** Text moderation and text classification share the request schema. */
    public static final RequestShape TEXT_CLASSIFICATION = ObjectShape.of("model", "metadata", "input")
            .required("model", "input");

    public static final RequestShape CHAT_MODERATION = ObjectShape.of("input", "model").required("model", "input")
            .nested("input", MESSAGE);

    public static final RequestShape CHAT_CLASSIFICATION = ObjectShape.of("model", "input").required("model", "input")
            .nested("input", ObjectShape.of("messages").required("messages").nested("messages", MESSAGE));

    public static final RequestShape OCR = ObjectShape.of("model", "id", "document", "pages", "include_image_base64",
            "image_limit", "image_min_size", "bbox_annotation_format", "document_annotation_format",
            "document_annotation_prompt", "table_format", "extract_header", "extract_footer", "include_blocks",
            "confidence_scores_granularity")
            .required("model", "document")
            .nested("document", new TaggedUnion("type",
                    Map.of("document_url", DOCUMENT_URL_CHUNK, "image_url", IMAGE_URL_CHUNK, "file", FILE_CHUNK)))
            .nested("bbox_annotation_format", RESPONSE_FORMAT)
            .nested("document_annotation_format", RESPONSE_FORMAT);

    private InferenceShapes() {
    }
}
