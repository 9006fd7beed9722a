package io.github.camelmistral.simulator.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A minimal FLAC encoder: one STREAMINFO block, then frames of 4096 samples in VERBATIM subframes (16-bit mono). */
final class Flac {

    private static final int BLOCK = 4096;

    private Flac() {
    }

    static byte[] encode(short[] samples, int sampleRate, byte[] md5) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("fLaC".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(streamInfo(samples.length, sampleRate, md5));
        int frameNumber = 0;
        for (int start = 0; start < samples.length; start += BLOCK) {
            out.writeBytes(frame(samples, start, Math.min(BLOCK, samples.length - start), frameNumber++,
                    sampleRate));
        }
        return out.toByteArray();
    }

    private static byte[] streamInfo(long totalSamples, int sampleRate, byte[] md5) {
        ByteBuffer block = ByteBuffer.allocate(4 + 34);
        block.put((byte) 0x80).put((byte) 0).put((byte) 0).put((byte) 34); // last metadata block, STREAMINFO
        block.putShort((short) BLOCK).putShort((short) BLOCK);
        block.put(new byte[6]); // min and max frame size unknown
        block.putLong(((long) sampleRate << 44) | (15L << 36) | totalSamples); // 1 channel, 16 bits
        block.put(md5);
        return block.array();
    }

    private static byte[] frame(short[] samples, int start, int count, int frameNumber, int sampleRate) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        boolean full = count == BLOCK;
        frame.write(0xFF);
        frame.write(0xF8); // fixed block size
        frame.write((full ? 0xC0 : 0x70) | sampleRateCode(sampleRate));
        frame.write(0x08); // mono, 16 bits per sample
        frame.writeBytes(utf8(frameNumber));
        if (!full) {
            frame.write((count - 1) >> 8);
            frame.write((count - 1) & 0xFF);
        }
        frame.write(Crc.of(frame.toByteArray(), 8, Crc.FLAC_HEADER));
        frame.write(0x02); // VERBATIM subframe, no wasted bits
        for (int i = start; i < start + count; i++) {
            frame.write(samples[i] >> 8);
            frame.write(samples[i] & 0xFF);
        }
        int crc = Crc.of(frame.toByteArray(), 16, Crc.FLAC_FRAME);
        frame.write(crc >> 8);
        frame.write(crc & 0xFF);
        return frame.toByteArray();
    }

    private static int sampleRateCode(int sampleRate) {
        return switch (sampleRate) {
            case 8000 -> 0x4;
            case 16000 -> 0x5;
            case 22050 -> 0x6;
            case 24000 -> 0x7;
            case 32000 -> 0x8;
            case 44100 -> 0x9;
            case 48000 -> 0xA;
            default -> throw new IllegalArgumentException("No FLAC sample rate code for " + sampleRate);
        };
    }

    /** The frame number in FLAC's UTF-8-like coding (up to 2047 frames is plenty here). */
    private static byte[] utf8(int value) {
        if (value < 0x80) {
            return new byte[] {(byte) value};
        }
        return new byte[] {(byte) (0xC0 | (value >> 6)), (byte) (0x80 | (value & 0x3F))};
    }
}
