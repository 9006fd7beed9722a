package io.github.camelmistral.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeechAndVoicesTest extends SimulatorTestSupport {

    private byte[] speak(String text, String format) {
        SimulatorClient.Response response = client.postJson("/v1/audio/speech", Map.of("input", text,
                "response_format", format));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Base64.getDecoder().decode(response.json().path("audio_data").asText());
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.US_ASCII);
    }

    @Test
    void wavDecodesAndLastsLongerForLongerTexts() throws Exception {
        byte[] shortWav = speak("Hi", "wav");
        byte[] longWav = speak("This sentence is noticeably longer than the first one", "wav");

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(longWav))) {
            assertThat(audio.getFormat().getSampleRate()).isEqualTo(16_000f);
            assertThat(audio.getFormat().getChannels()).isOne();
            assertThat(audio.getFormat().getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength()).isEqualTo(9 * 4_000);
            assertThat(audio.readAllBytes()).hasSize(9 * 8_000);
        }
        assertThat(shortWav.length).isLessThan(longWav.length);
        assertThat(speak("Hi", "wav")).isEqualTo(shortWav);
    }

    @Test
    void pcmIsTheRawSamplesOfTheWav() {
        byte[] wav = speak("Same text twice", "wav");
        byte[] pcm = speak("Same text twice", "pcm");

        assertThat(pcm).isEqualTo(Arrays.copyOfRange(wav, 44, wav.length));
    }

    @Test
    void mp3IsTheDefaultAndASequenceOfLayerThreeFrames() {
        byte[] mp3 = speak("Hello there", "mp3");

        assertThat(mp3.length % 144).isZero();
        for (int frame = 0; frame < mp3.length; frame += 144) {
            assertThat(mp3[frame] & 0xFF).isEqualTo(0xFF);
            assertThat(mp3[frame + 1] & 0xFE).isEqualTo(0xFA); // MPEG-1 Layer III
        }
        String byDefault = client.postJson("/v1/audio/speech", Map.of("input", "Hello there")).json()
                .path("audio_data").asText();
        assertThat(Base64.getDecoder().decode(byDefault)).isEqualTo(mp3);
    }

    @Test
    void flacHasAStreamInfoAndFramesWithValidChecksums() {
        byte[] flac = speak("Hello there", "flac");

        assertThat(ascii(flac, 0, 4)).isEqualTo("fLaC");
        assertThat(flac[4] & 0xFF).isEqualTo(0x80); // the last (only) metadata block, STREAMINFO
        long packed = ByteBuffer.wrap(flac, 4 + 4 + 10, 8).getLong();
        assertThat(packed >>> 44).isEqualTo(16_000);
        assertThat(packed & 0xFFFFFFFFFL).isEqualTo(8_000); // 0.5 s
        int frame = 4 + 4 + 34;
        assertThat(flac[frame] & 0xFF).isEqualTo(0xFF);
        assertThat(flac[frame + 1] & 0xFF).isEqualTo(0xF8);
        // 8000 samples: one frame of 4096, one of 3904; each ends with the CRC-16 of everything before it
        int firstLength = 4 + 1 + 1 + 1 + 4096 * 2 + 2;
        assertThat(crc16(Arrays.copyOfRange(flac, frame, frame + firstLength))).isZero();
        assertThat(crc16(Arrays.copyOfRange(flac, frame + firstLength, flac.length))).isZero();
    }

    @Test
    void opusIsAnOggStreamWithValidPages() {
        byte[] ogg = speak("Hello there", "opus");

        List<byte[]> pages = oggPages(ogg);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ascii(pages.get(0), 28, 8)).isEqualTo("OpusHead");
        assertThat(ascii(pages.get(1), 28, 8)).isEqualTo("OpusTags");
        assertThat(pages.get(0)[5]).isEqualTo((byte) 0x02);
        assertThat(pages.get(pages.size() - 1)[5]).isEqualTo((byte) 0x04);
        for (byte[] page : pages) {
            int stored = ByteBuffer.wrap(page, 22, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            byte[] zeroed = page.clone();
            Arrays.fill(zeroed, 22, 26, (byte) 0);
            assertThat(oggCrc(zeroed)).isEqualTo(stored);
        }
    }

    @Test
    void streamsTheFileInDeltasThenUsage() {
        byte[] whole = speak("Stream this please", "wav");
        SimulatorClient.Response response = client.postJson("/v1/audio/speech", Map.of("input",
                "Stream this please", "response_format", "wav", "stream", true));

        List<BodyVerbs.Event> events = BodyVerbs.events(response.body());
        BodyVerbs.Event done = events.get(events.size() - 1);
        assertThat(done.name()).isEqualTo("speech.audio.done");
        assertThat(done.data().path("usage").path("prompt_tokens").asInt()).isPositive();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        events.subList(0, events.size() - 1).forEach(event -> {
            assertThat(event.name()).isEqualTo("speech.audio.delta");
            joined.writeBytes(Base64.getDecoder().decode(event.data().path("audio_data").asText()));
        });
        assertThat(joined.toByteArray()).isEqualTo(whole);
    }

    @Test
    void refusesUnknownFormatsAndUnknownVoices() {
        assertThat(client.postJson("/v1/audio/speech", Map.of("input", "x", "response_format", "ogg")).status())
                .isEqualTo(422);
        assertThat(client.postJson("/v1/audio/speech", Map.of("input", "x",
                "voice_id", "0b9d7f3e-1111-4222-8333-444455556666")).status()).isEqualTo(404);
        assertThat(client.postJson("/v1/audio/speech", Map.of("input", "x", "voice_id", "preset-voice")).status())
                .isEqualTo(200);
    }

    @Test
    void voicesAreCreatedListedUpdatedSampledAndDeleted() {
        byte[] sample = speak("sample", "wav");
        JsonNode voice = client.postJson("/v1/audio/voices", Map.of("name", "narrator", "languages", List.of("en"),
                "sample_audio", Base64.getEncoder().encodeToString(sample), "sample_filename", "narrator.wav")).json();
        String id = voice.path("id").asText();
        assertThat(voice.path("name").asText()).isEqualTo("narrator");
        assertThat(voice.path("retention_notice").asInt()).isEqualTo(30);
        client.postJson("/v1/audio/voices", Map.of("name", "second", "sample_audio", "AAAA"));

        JsonNode list = client.get("/v1/audio/voices?limit=1&offset=1").json();
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("id").asText()).isEqualTo(id);
        assertThat(list.path("total").asInt()).isEqualTo(2);
        assertThat(list.path("total_pages").asInt()).isEqualTo(2);
        assertThat(list.path("page").asInt()).isOne();

        JsonNode updated = client.patchJson("/v1/audio/voices/" + id, Map.of("gender", "female")).json();
        assertThat(updated.path("gender").asText()).isEqualTo("female");
        assertThat(updated.path("name").asText()).isEqualTo("narrator");

        SimulatorClient.Response downloaded = client.get("/v1/audio/voices/" + id + "/sample");
        assertThat(downloaded.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(downloaded.bytes()).isEqualTo(sample);
        assertThat(client.postJson("/v1/audio/speech", Map.of("input", "x", "voice_id", id)).status())
                .isEqualTo(200);

        JsonNode deleted = client.delete("/v1/audio/voices/" + id).json();
        assertThat(deleted.path("id").asText()).isEqualTo(id);
        assertThat(client.get("/v1/audio/voices/" + id).status()).isEqualTo(404);
        assertThat(sim.simulator().beta().voiceIds()).hasSize(1);
    }

    private static int crc16(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean top = ((crc >> 15) & 1) != (((b & 0xFF) >> bit) & 1);
                crc = ((crc << 1) & 0xFFFF) ^ (top ? 0x8005 : 0);
            }
        }
        return crc;
    }

    /** A table-driven CRC-32 of Ogg, independent of the simulator's bitwise one. */
    private static int oggCrc(byte[] bytes) {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int j = 0; j < 8; j++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[i] = r;
        }
        int crc = 0;
        for (byte b : bytes) {
            crc = (crc << 8) ^ table[((crc >>> 24) ^ (b & 0xFF)) & 0xFF];
        }
        return crc;
    }

    private static List<byte[]> oggPages(byte[] ogg) {
        List<byte[]> pages = new ArrayList<>();
        int at = 0;
        while (at < ogg.length) {
            assertThat(ascii(ogg, at, 4)).isEqualTo("OggS");
            int segments = ogg[at + 26] & 0xFF;
            int size = 27 + segments;
            for (int i = 0; i < segments; i++) {
                size += ogg[at + 27 + i] & 0xFF;
            }
            pages.add(Arrays.copyOfRange(ogg, at, at + size));
            at += size;
        }
        return pages;
    }
}
