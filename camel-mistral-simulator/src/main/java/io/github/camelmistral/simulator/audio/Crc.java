package io.github.camelmistral.simulator.audio;

/**
 * The checksums of the audio containers: FLAC's CRC-8 and CRC-16 and Ogg's CRC-32 are all the same kind of CRC,
 * most significant bit first, not reflected, starting from 0 with no final xor; only width and polynomial differ.
 */
final class Crc {

    static final int FLAC_HEADER = 0x07;
    static final int FLAC_FRAME = 0x8005;
    static final int OGG_PAGE = 0x04C11DB7;

    private Crc() {
    }

    static int of(byte[] bytes, int width, int polynomial) {
        long top = 1L << (width - 1);
        long mask = (1L << width) - 1;
        long crc = 0;
        for (byte b : bytes) {
            crc ^= (long) (b & 0xFF) << (width - 8);
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & top) != 0 ? ((crc << 1) ^ polynomial) & mask : (crc << 1) & mask;
            }
        }
        return (int) crc;
    }
}
