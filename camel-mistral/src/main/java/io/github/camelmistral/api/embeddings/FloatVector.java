package io.github.camelmistral.api.embeddings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Base64;
import java.util.RandomAccess;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One embedding vector: a read-only {@code List<Float>} over a {@code float[]}. A vector of 1,024 dimensions as boxed
 * {@code Float}s costs several times its 4 KiB and puts 1,024 objects on the heap; this keeps the floats packed and
 * boxes one only when it is read through the {@code List} view. {@link #toFloatArray()} gives the floats unboxed.
 * <p>
 * Read from JSON as an array of numbers or, for {@code encoding_format=base64}, as a base64 string of little-endian
 * float32s; written back as an array of numbers.
 */
@JsonDeserialize(using = FloatVector.Reader.class)
public final class FloatVector extends AbstractList<Float> implements RandomAccess {

    private final float[] values;

    private FloatVector(float[] values) {
        this.values = values;
    }

    /** A vector of a copy of {@code values}. */
    public static FloatVector of(float... values) {
        return new FloatVector(values.clone());
    }

    /** The vector a base64 string of little-endian float32s stands for (the {@code base64} encoding format). */
    public static FloatVector fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the base64 embedding is not valid base64: " + e.getMessage(), e);
        }
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("the base64 embedding has " + bytes.length
                                               + " bytes, not a whole number of float32s");
        }
        FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] values = new float[floats.remaining()];
        floats.get(values);
        return new FloatVector(values);
    }

    @Override
    public Float get(int index) {
        return values[index];
    }

    /** The value at {@code index}, unboxed. */
    public float getFloat(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    /** A copy of the floats. */
    public float[] toFloatArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    /** Reads numbers straight into a growing {@code float[]}, or decodes the base64 form. */
    static final class Reader extends JsonDeserializer<FloatVector> {

        @Override
        public FloatVector deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return fromBase64(parser.getText());
                } catch (IllegalArgumentException e) {
                    return (FloatVector) context.handleWeirdStringValue(FloatVector.class, parser.getText(), e.getMessage());
                }
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return (FloatVector) context.handleUnexpectedToken(FloatVector.class, parser);
            }
            float[] values = new float[1024];
            int size = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
                    return (FloatVector) context.handleUnexpectedToken(float.class, parser);
                }
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = parser.getFloatValue();
            }
            return new FloatVector(size == values.length ? values : Arrays.copyOf(values, size));
        }
    }
}
