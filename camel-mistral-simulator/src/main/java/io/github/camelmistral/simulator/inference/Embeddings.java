package io.github.camelmistral.simulator.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.http.ApiException;
import io.github.camelmistral.simulator.http.Json;
import io.github.camelmistral.simulator.resources.Ids;

/**
 * Embeddings: unit vectors of the model's dimension, seeded by a hash of model and text, so equal texts always get
 * equal vectors and different texts unrelated ones. {@code output_dimension}, {@code output_dtype} and
 * {@code encoding_format} are honoured; more than 512 inputs fail as they do on the real API.
 */
final class Embeddings {

    static final int MAX_INPUTS = 512;

    private final Ids ids;

    Embeddings(Ids ids) {
        this.ids = ids;
    }

    ObjectNode respond(JsonNode request) {
        String model = request.path("model").asText();
        List<String> inputs = inputs(request.path("input"));
        if (inputs.size() > MAX_INPUTS) {
            ApiException tooMany = ApiException.badRequest("Too many inputs in request, split into more batches.");
            tooMany.body().put("code", "3210");
            throw tooMany;
        }
        int dimension = dimension(model, request.path("output_dimension"));
        String dtype = request.path("output_dtype").asText("float");
        boolean base64 = request.path("encoding_format").asText("float").equals("base64");
        ObjectNode response = Json.object();
        response.put("id", ids.hex("embedding"));
        response.put("object", "list");
        response.put("model", model);
        ArrayNode data = Json.array();
        int tokens = 0;
        for (int index = 0; index < inputs.size(); index++) {
            float[] vector = vector(model, inputs.get(index), dimension);
            ObjectNode item = data.addObject();
            item.put("object", "embedding");
            if (base64) {
                item.put("embedding", base64(vector));
            } else {
                item.set("embedding", encode(vector, dtype));
            }
            item.put("index", index);
            tokens += TextDigest.tokens(inputs.get(index));
        }
        response.putObject("usage").put("prompt_tokens", tokens).put("completion_tokens", 0)
                .put("total_tokens", tokens);
        response.set("data", data);
        return response;
    }

    private static List<String> inputs(JsonNode input) {
        List<String> inputs = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(text -> inputs.add(text.asText()));
        } else {
            inputs.add(input.asText());
        }
        return inputs;
    }

    /** mistral-embed is fixed at 1024; codestral-embed defaults to 1536 and goes up to 3072. */
    static int dimension(String model, JsonNode requested) {
        boolean codestral = model.startsWith("codestral-embed");
        int fixed = codestral ? 1536 : 1024;
        if (!requested.isIntegralNumber()) {
            return fixed;
        }
        int wanted = requested.asInt();
        if (model.startsWith("mistral-embed") && wanted != fixed) {
            throw ApiException.badRequest("output_dimension is not supported by model " + model);
        }
        if (wanted < 1 || (codestral && wanted > 3072)) {
            throw ApiException.badRequest("output_dimension must be between 1 and 3072");
        }
        return wanted;
    }

    static float[] vector(String model, String text, int dimension) {
        SplittableRandom random = new SplittableRandom(TextDigest.seed("embedding", model, text));
        float[] vector = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            double value = random.nextGaussian();
            vector[i] = (float) value;
            norm += value * value;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) (vector[i] / length);
        }
        return vector;
    }

    /** Floats, or quantized integers; the binary types pack one bit per dimension (dimension / 8 values). */
    private static ArrayNode encode(float[] vector, String dtype) {
        ArrayNode values = Json.array();
        switch (dtype) {
            case "int8" -> {
                for (float v : vector) {
                    values.add(Math.round(Math.max(-1, Math.min(1, v * 8)) * 127));
                }
            }
            case "uint8" -> {
                for (float v : vector) {
                    values.add(Math.round((Math.max(-1, Math.min(1, v * 8)) + 1) * 127.5f));
                }
            }
            case "binary", "ubinary" -> {
                for (int start = 0; start + 8 <= vector.length; start += 8) {
                    int packed = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        packed = packed << 1 | (vector[start + bit] > 0 ? 1 : 0);
                    }
                    values.add(dtype.equals("binary") ? (byte) packed : packed);
                }
            }
            default -> {
                for (float v : vector) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    /** The base64 form: little-endian float32s (the API leaves the shape unspecified; this is the common one). */
    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            bytes.putFloat(v);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
