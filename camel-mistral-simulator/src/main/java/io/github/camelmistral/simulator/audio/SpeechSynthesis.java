package io.github.camelmistral.simulator.audio;

/**
 * The "speech" of the simulator: a deterministic sequence of short tones, one per character of the text (cycled),
 * as 16-bit mono PCM at {@value #SAMPLE_RATE} Hz. Its length grows with the text, within bounds, so that a test can
 * tell a longer text from a shorter one by the audio's duration.
 */
public final class SpeechSynthesis {

    public static final int SAMPLE_RATE = 16_000;
    private static final double SECONDS_PER_WORD = 0.25;
    private static final double MIN_SECONDS = 0.5;
    private static final double MAX_SECONDS = 5.0;
    private static final int SAMPLES_PER_TONE = SAMPLE_RATE * 60 / 1000;
    private static final int FADE_SAMPLES = SAMPLE_RATE * 5 / 1000;

    private SpeechSynthesis() {
    }

    /** How long the speech of {@code text} lasts, in seconds. */
    public static double seconds(String text) {
        String trimmed = text.trim();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, words * SECONDS_PER_WORD));
    }

    public static short[] samples(String text) {
        short[] samples = new short[(int) Math.round(seconds(text) * SAMPLE_RATE)];
        String source = text.isBlank() ? "simulator" : text;
        for (int i = 0; i < samples.length; i++) {
            int tone = i / SAMPLES_PER_TONE;
            int inTone = i % SAMPLES_PER_TONE;
            double frequency = 220 + (source.charAt(tone % source.length()) % 32) * 24;
            double envelope = Math.min(1.0, Math.min(inTone, SAMPLES_PER_TONE - 1 - inTone) / (double) FADE_SAMPLES);
            samples[i] = (short) Math.round(0.3 * Short.MAX_VALUE * envelope
                    * Math.sin(2 * Math.PI * frequency * i / SAMPLE_RATE));
        }
        return samples;
    }
}
