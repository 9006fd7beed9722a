package io.github.camelmistral.api.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelmistral.api.MistralJson;

/**
 * The lines of a batch job's result files as {@link BatchResult}s, read one line at a time as the iterator is
 * consumed, so that a file of any size takes the memory of one line. The first file's stream is open already; each
 * further file is opened only when the one before has been read to its end, so no idle download waits meanwhile.
 * Closing the iterator (Camel's splitter does) closes the open stream.
 */
final class BatchResultIterator implements Iterator<BatchResult>, Closeable {

    /** A result file of a job and whether it is the error file, whose lines are marked failed. */
    record ResultFile(String fileId, boolean errorFile) {
    }

    private static final ObjectReader LINE_READER = MistralJson.mapper().readerFor(BatchResult.class);

    private final Deque<ResultFile> pending;
    private final Function<ResultFile, InputStream> opener;
    private ResultFile current;
    private BufferedReader reader;
    private int lineNumber;
    private BatchResult next;

    /**
     * @param first   the file {@code stream} belongs to
     * @param stream  the open content of {@code first}
     * @param rest    the files to read after it
     * @param opener  opens one of {@code rest}, blocking until its content starts; not called when {@code rest} is
     *                empty
     */
    BatchResultIterator(ResultFile first, InputStream stream, List<ResultFile> rest,
                        Function<ResultFile, InputStream> opener) {
        this.pending = new ArrayDeque<>(rest);
        this.opener = opener;
        read(first, stream);
    }

    /** An iterator over nothing, for a job that produced no file. */
    static BatchResultIterator empty() {
        return new BatchResultIterator(null, null, List.of(), null);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null) {
                if (pending.isEmpty()) {
                    return false;
                }
                ResultFile file = pending.poll();
                read(file, opener.apply(file));
            }
            String line = readLine();
            if (line == null) {
                closeCurrent();
            } else if (!line.isBlank()) {
                next = parse(line);
            }
        }
        return true;
    }

    @Override
    public BatchResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more batch results");
        }
        BatchResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        pending.clear();
        closeCurrent();
    }

    private void read(ResultFile file, InputStream stream) {
        current = file;
        lineNumber = 0;
        reader = stream == null ? null : new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private String readLine() {
        try {
            lineNumber++;
            return reader.readLine();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Reading batch result file " + current.fileId() + " failed at line "
                                           + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private BatchResult parse(String line) {
        try {
            BatchResult result = LINE_READER.readValue(line);
            return current.errorFile() ? result.asErrorFileLine() : result;
        } catch (IOException e) {
            ResultFile file = current;
            close();
            // the line itself is left out: it may hold the users' data
            throw new IllegalStateException("Line " + lineNumber + " of batch result file " + file.fileId()
                                            + " is not a batch result: " + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    private void closeCurrent() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing left to read from it: a failing close changes no result
            }
            reader = null;
        }
    }
}
