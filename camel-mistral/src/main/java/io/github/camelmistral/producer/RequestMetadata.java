package io.github.camelmistral.producer;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import org.apache.camel.Exchange;

/**
 * The free-form {@code metadata} object of an inference request (chat, FIM, agent, embeddings): the
 * {@code CamelMistralMetadata} header (a {@code Map}, sent as it is, or a String) or the {@code metadata} option, both
 * as {@code key=value,key=value}.
 */
final class RequestMetadata {

    private RequestMetadata() {
    }

    static Map<String, Object> of(String action, Exchange exchange, MistralConfiguration config) {
        Object header = exchange.getMessage().getHeader(MistralConstants.METADATA);
        return parse(action, header != null ? header : config.getMetadata());
    }

    /** The entries of a {@code Map} or a {@code key=value,key=value} String, in their order; null when none. */
    static Map<String, Object> parse(String action, Object source) {
        if (source == null) {
            return null;
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (source instanceof Map<?, ?> map) {
            map.forEach((key, value) -> metadata.put(String.valueOf(key), value));
        } else {
            for (String pair : source.toString().split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException(action + ": metadata entries are key=value, but '"
                                                       + pair.strip() + "' has no '='");
                }
                metadata.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return metadata.isEmpty() ? null : metadata;
    }
}
