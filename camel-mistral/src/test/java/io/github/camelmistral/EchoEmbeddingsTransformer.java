package io.github.camelmistral;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.github.camelmistral.api.MistralJson;

/**
 * Lets a WireMock stub answer embeddings per request, as the real API does: each input gets the vector
 * [length, position, 0], and the vectors are listed in reverse order so that clients must map them by index.
 */
public class EchoEmbeddingsTransformer extends ResponseTransformer {

    public static final String NAME = "echo-embeddings";

    @Override
    public Response transform(Request request, Response response, FileSource files, Parameters parameters) {
        try {
            JsonNode input = MistralJson.mapper().readTree(request.getBodyAsString()).get("input");
            StringBuilder data = new StringBuilder();
            for (int i = input.size() - 1; i >= 0; i--) {
                data.append(data.length() > 0 ? "," : "")
                        .append("{\"object\":\"embedding\",\"index\":").append(i)
                        .append(",\"embedding\":[").append(input.get(i).asText().length()).append(".0,").append(i)
                        .append(".0,0.0]}");
            }
            String body = "{\"id\":\"emb-1\",\"object\":\"list\",\"model\":\"mistral-embed\",\"usage\":{\"prompt_tokens\":"
                          + input.size() + ",\"total_tokens\":" + input.size() + "},\"data\":[" + data + "]}";
            return Response.Builder.like(response).but().body(body).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
