package io.github.camelmistral.simulator.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ogg Opus file of silence: the OpusHead and OpusTags headers, then 20 ms packets holding the CELT silence frame
 * ({@code F8 FF FE}), which every Opus decoder plays as silence.
 */
final class OggOpus {

    private static final byte[] SILENCE = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
    private static final int SAMPLES_PER_PACKET = 960; // 20 ms at Opus's 48 kHz
    private static final int PRE_SKIP = 312;
    private static final int SERIAL = 0x51A7E5A1;
    private static final int PACKETS_PER_PAGE = 255;

    private OggOpus() {
    }

    static byte[] silence(double seconds, int inputSampleRate) {
        int packets = (int) Math.ceil(seconds / 0.02);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sequence = 0;
        out.writeBytes(page(0x02, 0, sequence++, List.of(head(inputSampleRate))));
        out.writeBytes(page(0, 0, sequence++, List.of(tags())));
        for (int first = 0; first < packets; first += PACKETS_PER_PAGE) {
            int count = Math.min(PACKETS_PER_PAGE, packets - first);
            List<byte[]> content = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                content.add(SILENCE);
            }
            boolean last = first + count >= packets;
            long granule = PRE_SKIP + (long) (first + count) * SAMPLES_PER_PACKET;
            out.writeBytes(page(last ? 0x04 : 0, granule, sequence++, content));
        }
        return out.toByteArray();
    }

    private static byte[] head(int inputSampleRate) {
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1)
                .putShort((short) PRE_SKIP).putInt(inputSampleRate).putShort((short) 0).put((byte) 0);
        return head.array();
    }

    private static byte[] tags() {
        byte[] vendor = "camel-mistral-simulator".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tags = ByteBuffer.allocate(8 + 4 + vendor.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        tags.put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(vendor.length).put(vendor).putInt(0);
        return tags.array();
    }

    /** One page of packets each shorter than 255 bytes (one lacing value per packet). */
    private static byte[] page(int headerType, long granule, int sequence, List<byte[]> packets) {
        int size = packets.stream().mapToInt(packet -> packet.length).sum();
        ByteBuffer page = ByteBuffer.allocate(27 + packets.size() + size).order(ByteOrder.LITTLE_ENDIAN);
        page.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) headerType).putLong(granule)
                .putInt(SERIAL).putInt(sequence).putInt(0).put((byte) packets.size());
        packets.forEach(packet -> page.put((byte) packet.length));
        packets.forEach(page::put);
        byte[] bytes = page.array();
        ByteBuffer.wrap(bytes, 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(Crc.of(bytes, 32, Crc.OGG_PAGE));
        return bytes;
    }
}
