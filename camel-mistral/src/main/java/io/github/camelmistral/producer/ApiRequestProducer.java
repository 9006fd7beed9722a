package io.github.camelmistral.producer;

import java.io.InputStream;
import java.net.URLDecoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.RawResponse;
import io.github.camelmistral.api.stream.EventDataDecoder;
import io.github.camelmistral.api.stream.TextStream;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:apiRequest}: any call to the API (for endpoints this component has no action for yet). JSON in (or a
 * multipart form: a {@code Map} holding files, see {@link ApiRequestForms}), parsed JSON ({@code Map}/{@code List})
 * out, so {@code ${body[data][0][id]}} and JsonPath work on it. A binary answer comes back as {@code byte[]} up to
 * {@code streamThreshold} bytes, as an {@code InputStream} beyond (or of unknown length); an event stream with
 * {@code streaming=true} as a {@link TextStream} of its {@code data:} payloads; the media type in {@code Content-Type}.
 * Only paths below {@code baseUrl} can be called: the API key is never sent to another host.
 */
public class ApiRequestProducer extends MistralProducer {

    private static final String ACTION = "mistral:apiRequest";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public ApiRequestProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String method = option(exchange, MistralConstants.METHOD, String.class, config().getMethod())
                .toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException(ACTION + ": method must be one of " + METHODS + ", but is " + method);
        }
        String path = relativePath(option(exchange, MistralConstants.PATH, String.class, config().getPath()));
        Map<String, List<String>> query = query(in.getHeader(MistralConstants.QUERY) != null
                ? in.getHeader(MistralConstants.QUERY) : config().getQueryParameters());
        Object given = in.getBody();
        boolean form = ApiRequestForms.isForm(given);
        if (form && (method.equals("GET") || method.equals("DELETE"))) {
            throw new IllegalArgumentException(ACTION + ": a form with files is sent with POST, PUT or PATCH, not " + method);
        }
        Multipart multipart = form ? ApiRequestForms.form(ACTION, (Map<?, ?>) given, exchange) : null;
        Object body = form ? null : requestBody(method, given);
        if (config().getStreamThreshold() < 0) {
            throw new IllegalArgumentException(ACTION + ": streamThreshold is a number of bytes, 0 or more, but is "
                                               + config().getStreamThreshold());
        }
        Duration idleTimeout = config().isStreaming() ? Duration.ofMillis(config().getStreamIdleTimeout()) : null;
        ApiCall call = new ApiCall(method, path, query, body);
        return api().raw(call, multipart, config().getStreamThreshold(), idleTimeout)
                .thenAccept(response -> {
                    Message out = exchange.getMessage();
                    Object answer = response.isStreamed() ? streamedBody(call, response, idleTimeout)
                            : responseBody(response);
                    ExchangeResources.closeWhenDone(exchange, answer);
                    out.setBody(answer);
                    out.setHeader(MistralConstants.HTTP_STATUS, response.statusCode());
                    if (response.contentType() != null) {
                        out.setHeader(Exchange.CONTENT_TYPE, response.contentType());
                    }
                    writeRequestId(out, response.requestId());
                });
    }

    /**
     * An event stream as a {@link TextStream} of the events' {@code data:} payloads, one element each; anything else
     * (a large binary answer) as the {@code InputStream} it arrives as. Either is closed when the exchange completes.
     */
    private static Object streamedBody(ApiCall call, RawResponse response, Duration idleTimeout) {
        if (response.isEventStream() && idleTimeout != null) {
            return new TextStream(response.stream(), new EventDataDecoder(), call.method() + " " + call.path(),
                    idleTimeout);
        }
        return response.stream();
    }

    private String relativePath(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(ACTION + " needs a path: set the path option or the "
                                               + MistralConstants.PATH + " header, e.g. /v1/models");
        }
        String baseUrl = api().baseUrl();
        if (path.startsWith(baseUrl + "/")) {
            return path.substring(baseUrl.length());
        }
        if (path.contains("://") || path.startsWith("//")) {
            throw new IllegalArgumentException(ACTION + " only calls paths of the configured baseUrl " + baseUrl
                                               + "; refusing " + path + " so that the API key is not sent to another host");
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    private static Object requestBody(String method, Object body) {
        if (body == null || method.equals("GET") || method.equals("DELETE")) {
            return null;
        }
        if (body instanceof CharSequence text) {
            String json = text.toString();
            if (json.isBlank()) {
                return null;
            }
            try {
                MistralJson.mapper().readTree(json);
            } catch (Exception e) {
                throw new IllegalArgumentException(ACTION + " sends JSON: the String body is not valid JSON ("
                                                   + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
            return json;
        }
        if (body instanceof byte[] || body instanceof InputStream) {
            throw new IllegalArgumentException(ACTION + " sends JSON or a form: the body must be a JSON String, a Map "
                                               + "(with files in it to send a multipart form), a List or a "
                                               + "JSON-serializable object, but got " + body.getClass().getName());
        }
        return body;
    }

    /** JSON parsed, text as a {@code String}, anything else (audio, PDF, octet-stream) as the bytes it came as. */
    private static Object responseBody(RawResponse response) {
        if (!response.isJson() && !isText(response.contentType())) {
            return response.body().length == 0 ? null : response.body();
        }
        String text = response.text();
        if (text.isBlank()) {
            return null;
        }
        if (response.isJson()) {
            try {
                return MistralJson.mapper().readValue(text, Object.class);
            } catch (Exception e) {
                // not JSON after all: hand the text over as it came
            }
        }
        return text;
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("xml");
    }

    static Map<String, List<String>> query(Object source) {
        QueryParameters query = new QueryParameters();
        if (source instanceof Map<?, ?> map) {
            map.forEach((key, value) -> query.add(String.valueOf(key), value));
            return query.toMap();
        }
        String text = source == null ? "" : source.toString().strip();
        if (text.startsWith("?")) {
            text = text.substring(1);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.add(key, value);
        }
        return query.toMap();
    }
}
