package io.github.camelmistral.simulator.resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelmistral.simulator.JobOutcome;
import io.github.camelmistral.simulator.http.Json;

/**
 * A document uploaded to a library. Its processing is planned on the simulator clock when it is uploaded (or
 * reprocessed): {@code todo}, then {@code in_progress}, then {@code done}, or {@code error} when the processing was
 * scripted to fail. Summary, page count, token counts and text appear once it is done.
 */
public final class LibraryDocument {

    /** Who uploaded every document of the simulator. */
    public static final String UPLOADER_ID = "5f2c6b1e-0000-4000-8000-05e400000001";
    public static final String TODO = "todo";
    public static final String IN_PROGRESS = "in_progress";
    public static final String DONE = "done";
    public static final String ERROR = "error";

    private final String id;
    private final String libraryId;
    private final String mimeType;
    private final byte[] content;
    private final Instant createdAt;
    private String name;
    private JsonNode attributes;
    private JobTimeline timeline;

    public LibraryDocument(String id, String libraryId, String name, String mimeType, byte[] content,
            Instant createdAt) {
        this.id = id;
        this.libraryId = libraryId;
        this.name = name;
        this.mimeType = mimeType;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    /** Plans (or re-plans) the processing from {@code now}. */
    public void process(Instant now, Duration queued, Duration processing, JobOutcome outcome) {
        Instant started = now.plus(queued);
        timeline = new JobTimeline(TODO, now).then(IN_PROGRESS, started)
                .then(outcome == JobOutcome.SUCCESS ? DONE : ERROR, started.plus(processing));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long size() {
        return content.length;
    }

    public byte[] content() {
        return content.clone();
    }

    public String status(Instant now) {
        return timeline.statusAt(now);
    }

    public boolean isDone(Instant now) {
        return status(now).equals(DONE);
    }

    public void update(String newName, JsonNode newAttributes) {
        name = newName == null ? name : newName;
        attributes = newAttributes == null ? attributes : newAttributes;
    }

    /** The text the processing extracted: the content itself for text documents, a description otherwise. */
    public String text() {
        if (mimeType.startsWith("text/") || mimeType.contains("json") || mimeType.contains("markdown")) {
            return new String(content, StandardCharsets.UTF_8);
        }
        return "Text extracted by the Mistral simulator from " + name + " (" + content.length + " bytes, "
                + pages() + (pages() == 1 ? " page)." : " pages).");
    }

    /** A PDF's page objects, counted; one page for anything else. */
    private int pages() {
        if (!mimeType.equals("application/pdf")) {
            return 1;
        }
        String raw = new String(content, StandardCharsets.ISO_8859_1);
        int pages = raw.split("/Type\\s*/Page(?![s\\w])", -1).length - 1;
        return Math.max(1, pages);
    }

    private String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The spec's {@code DocumentOut} as of {@code now}. */
    public ObjectNode toJson(Instant now) {
        String status = status(now);
        boolean done = status.equals(DONE);
        int mainTokens = done ? Math.max(1, (text().length() + 3) / 4) : 0;
        int summaryTokens = done ? 16 : 0;
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("library_id", libraryId);
        json.put("hash", hash());
        json.put("mime_type", mimeType);
        json.put("extension", extension());
        json.put("size", content.length);
        json.put("name", name);
        json.put("summary", done ? "Summary of " + name + " by the Mistral simulator." : null);
        json.put("created_at", createdAt.toString());
        json.put("last_processed_at", timeline.reachedAt(done ? DONE : ERROR, now).map(Instant::toString)
                .orElse(null));
        json.put("number_of_pages", done ? pages() : null);
        json.put("process_status", status);
        json.put("uploaded_by_id", UPLOADER_ID);
        json.put("uploaded_by_type", "User");
        json.put("tokens_processing_main_content", done ? mainTokens : null);
        json.put("tokens_processing_summary", done ? summaryTokens : null);
        json.putNull("url");
        json.set("attributes", attributes);
        json.put("processing_status", status);
        json.put("tokens_processing_total", mainTokens + summaryTokens);
        return json;
    }
}
