package io.github.camelmistral.simulator.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The output formats of {@code POST /v1/audio/speech} ({@code SpeechOutputFormat}), each a real, decodable file
 * built in code: WAV, raw PCM (s16le) and FLAC carry the samples; MP3 and Ogg Opus carry silence of the same
 * duration, as frames that need no encoder (an empty MPEG-1 Layer III frame, the Opus CELT silence packet).
 */
public enum AudioFormat {
    PCM("audio/pcm"),
    WAV("audio/wav"),
    MP3("audio/mpeg"),
    FLAC("audio/flac"),
    OPUS("audio/ogg");

    private final String mediaType;

    AudioFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The spec's name of the format, as {@code response_format} gives it. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AudioFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The file of this format for 16-bit mono samples at {@code sampleRate}. */
    public byte[] encode(short[] samples, int sampleRate) {
        return switch (this) {
            case PCM -> littleEndian(samples);
            case WAV -> wav(samples, sampleRate);
            case MP3 -> silentMp3(samples.length / (double) sampleRate);
            case FLAC -> Flac.encode(samples, sampleRate, md5(littleEndian(samples)));
            case OPUS -> OggOpus.silence(samples.length / (double) sampleRate, sampleRate);
        };
    }

    static byte[] littleEndian(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            buffer.putShort(sample);
        }
        return buffer.array();
    }

    private static byte[] wav(short[] samples, int sampleRate) {
        byte[] data = littleEndian(samples);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    /**
     * MPEG-1 Layer III frames at 32 kHz, 32 kbit/s, mono: 144 bytes each, 1152 samples (36 ms). With zeroed side
     * information every granule has no Huffman data, which decoders render as silence.
     */
    private static byte[] silentMp3(double seconds) {
        int frames = (int) Math.ceil(seconds / 0.036);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] frame = new byte[144];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB; // MPEG-1, Layer III, no CRC
        frame[2] = (byte) 0x18; // 32 kbit/s, 32 kHz, no padding
        frame[3] = (byte) 0xC0; // mono
        for (int i = 0; i < frames; i++) {
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
