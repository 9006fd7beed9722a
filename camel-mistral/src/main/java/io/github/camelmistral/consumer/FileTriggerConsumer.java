package io.github.camelmistral.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.files.FileDeleted;
import io.github.camelmistral.api.files.FileFilter;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.Processor;

/**
 * {@code mistral:file?event=uploaded|deleted}: {@code GET /v1/files} has no date filter and no order, so every poll
 * scans the files the {@code purpose} and {@code source} options leave in (cost: one request per {@code pageSize}
 * files). A {@code deleted} event's body is a {@link FileDeleted}; no deletion time exists, so it is reported when
 * detected. The API does not say whether a file went because it expired, so {@code CamelMistralFileExpired} is true
 * when the file was last seen with an {@code expires_at} at or before that time: the event type stays
 * {@code file.deleted}, since the events a trigger listens to are fixed.
 */
public class FileTriggerConsumer extends SnapshotTriggerConsumer<MistralFile> {

    public FileTriggerConsumer(MistralEndpoint endpoint, Processor processor) {
        super(endpoint, processor,
                new Kind<>("file", "uploaded", MistralConstants.FILE_ID, MistralFile::id, MistralFile::createdAt));
    }

    @Override
    protected Map<String, Object> stateFilters() {
        return options("purpose", config().getPurpose(), "source", config().fileSources());
    }

    @Override
    protected CompletableFuture<List<MistralFile>> scan() {
        FileFilter filter = new FileFilter(config().getPurpose(), MistralConfiguration.listOf(config().fileSources()),
                null, null, true);
        return api().files().list(filter).all(config().getPageSize());
    }

    @Override
    protected CompletableFuture<MistralFile> read(String id) {
        return orNullIfNotFound(api().files().get(id));
    }

    @Override
    protected boolean isMarkedDeleted(MistralFile file) {
        return Boolean.TRUE.equals(file.deleted());
    }

    @Override
    protected Object deletedBody(String id) {
        return new FileDeleted(id, "file", true);
    }

    @Override
    protected Long expiresAtOf(MistralFile file) {
        return file.expiresAt();
    }

    @Override
    protected String expiredHeader() {
        return MistralConstants.FILE_EXPIRED;
    }
}
