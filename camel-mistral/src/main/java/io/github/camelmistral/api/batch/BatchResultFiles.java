package io.github.camelmistral.api.batch;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelmistral.api.MistralApiException;
import io.github.camelmistral.api.MistralConnectionException;
import io.github.camelmistral.api.MistralResponse;
import io.github.camelmistral.api.batch.BatchResultIterator.ResultFile;
import io.github.camelmistral.api.files.FilesApi;

/**
 * Downloads the output file and then the error file of a batch job and reads their JSONL lines as
 * {@link BatchResult}s, in one of the {@link BatchResultsFormat}s. Used by {@code mistral:batchJob?operation=results}
 * and by the {@code succeeded} trigger's {@code includeResults}.
 */
final class BatchResultFiles {

    private final FilesApi files;
    private final List<ResultFile> resultFiles = new ArrayList<>(2);

    BatchResultFiles(FilesApi files, BatchJob job) {
        this.files = files;
        if (job.outputFile() != null) {
            resultFiles.add(new ResultFile(job.outputFile(), false));
        }
        if (job.errorFile() != null) {
            resultFiles.add(new ResultFile(job.errorFile(), true));
        }
    }

    CompletableFuture<?> read(BatchResultsFormat format) {
        return switch (format) {
            case list -> readAll();
            case map -> readAll().thenApply(BatchResultFiles::byCustomId);
            case iterator -> iterate();
        };
    }

    /**
     * Every result in memory, output lines first. The files are downloaded one after the other, each read on the
     * completion thread of its download while its bytes stream in.
     */
    private CompletableFuture<List<BatchResult>> readAll() {
        CompletableFuture<List<BatchResult>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (ResultFile file : resultFiles) {
            all = all.thenCompose(results -> download(file).thenApply(stream -> {
                try (BatchResultIterator lines = new BatchResultIterator(file, stream, List.of(), null)) {
                    lines.forEachRemaining(results::add);
                } catch (UncheckedIOException e) {
                    // the body broke off: no complete answer, as for any other call that loses its connection
                    throw new CompletionException(new MistralConnectionException(e.getMessage(), e.getCause()));
                }
                return results;
            }));
        }
        return all;
    }

    /**
     * Results keyed by custom id (the line's {@code id} when it has none), in file order; a later line with the same
     * key replaces an earlier one.
     */
    private static Map<String, BatchResult> byCustomId(List<BatchResult> results) {
        Map<String, BatchResult> byId = new LinkedHashMap<>(results.size() * 4 / 3 + 1);
        for (BatchResult result : results) {
            byId.put(result.customId() != null ? result.customId() : result.id(), result);
        }
        return byId;
    }

    /**
     * A lazy iterator. The first file is opened before the exchange continues, so that an unreadable job fails the
     * exchange rather than the splitter; the error file is opened by the thread consuming the iterator once the output
     * file is read, which then waits for its first bytes as it waits for every further line.
     */
    private CompletableFuture<Iterator<BatchResult>> iterate() {
        if (resultFiles.isEmpty()) {
            return CompletableFuture.completedFuture(BatchResultIterator.empty());
        }
        ResultFile first = resultFiles.get(0);
        return download(first).thenApply(stream -> new BatchResultIterator(first, stream,
                resultFiles.subList(1, resultFiles.size()), this::open));
    }

    /** Opens a further file for the thread consuming the iterator, which may be one of the completion pool. */
    private InputStream open(ResultFile file) {
        try {
            return files.downloadAndWait(file.fileId());
        } catch (MistralApiException | MistralConnectionException e) {
            throw new IllegalStateException("Cannot download batch result file " + file.fileId() + ": "
                                            + e.getMessage(), e);
        }
    }

    private CompletableFuture<InputStream> download(ResultFile file) {
        return files.download(file.fileId()).thenApply(MistralResponse::body);
    }
}
