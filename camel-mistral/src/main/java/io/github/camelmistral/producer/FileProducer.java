package io.github.camelmistral.producer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.UploadSource;
import io.github.camelmistral.api.files.FileFilter;
import io.github.camelmistral.api.files.MistralFile;
import io.github.camelmistral.support.ExchangeResources;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:file}: uploads (streamed, never loaded into memory), lists, reads, deletes and downloads the files of
 * the workspace, and gets pre-signed URLs to them.
 */
public class FileProducer extends ResourceProducer {

    /** The operations of {@code mistral:file}. */
    public enum Operation {
        upload, list, get, delete, download, signedUrl
    }

    /** The API's limit per file. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    public FileProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case upload -> upload(exchange);
            case list -> list(exchange, api().files().list(filter(exchange)), MistralFile::id);
            case get -> callForBody(exchange, api().files().get(fileId(exchange, operation)));
            case delete -> callForBody(exchange, api().files().delete(fileId(exchange, operation)));
            case download -> download(exchange, fileId(exchange, operation));
            case signedUrl -> signedUrl(exchange, fileId(exchange, operation));
        };
    }

    /**
     * The file an operation works on: the {@code CamelMistralFileId} header, else the {@code fileId} option, else the
     * id of a {@link MistralFile} body (so the output of upload, or list + split, can be passed straight on).
     */
    private String fileId(Exchange exchange, Operation operation) {
        return requiredId(exchange, MistralConstants.FILE_ID, config().getFileId(), "fileId", operation.name(),
                MistralFile.class, MistralFile::id);
    }

    private CompletionStage<?> upload(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body instanceof CharSequence text) {
            // a file built in the route, typically batch or training JSONL
            body = text.toString().getBytes(StandardCharsets.UTF_8);
        }
        UploadSource content = UploadBodies.source(action() + " upload", "file", body, MAX_FILE_BYTES, exchange);
        String fileName = UploadBodies.fileName(exchange, config().getFileName());
        if (fileName == null) {
            throw new IllegalArgumentException(action() + " upload needs a file name (the API records it, and fine-tuning "
                                               + "only takes .jsonl files): set the fileName option, the "
                                               + MistralConstants.FILE_NAME + " header or " + Exchange.FILE_NAME);
        }
        String purpose = option(exchange, MistralConstants.PURPOSE, String.class, config().getPurpose());
        return api().files().upload(content, fileName, purpose)
                .thenAccept(answer -> {
                    Message message = exchange.getMessage();
                    message.setBody(answer.body());
                    writeResponseHeaders(message, answer, null, null);
                    // lets the next step (signedUrl, a batch or fine-tuning job) use the file without more wiring
                    message.setHeader(MistralConstants.FILE_ID, answer.body().id());
                });
    }

    private FileFilter filter(Exchange exchange) {
        return new FileFilter(option(exchange, MistralConstants.PURPOSE, String.class, config().getPurpose()),
                MistralConfiguration.listOf(config().fileSources()), MistralConfiguration.listOf(config().getSampleType()),
                config().getSearch(), null);
    }

    /**
     * The content as an {@code InputStream} that reads from the connection: it is not loaded into memory. It is closed
     * when the exchange completes, so it must be read within the route (or copied, e.g. {@code to("file:...")}).
     */
    private CompletionStage<?> download(Exchange exchange, String id) {
        return api().files().download(id)
                .thenAccept(answer -> {
                    ExchangeResources.closeWhenDone(exchange, answer.body());
                    Message message = exchange.getMessage();
                    message.setBody(answer.body());
                    message.setHeader(MistralConstants.FILE_ID, id);
                    writeRequestId(message, answer.requestId());
                });
    }

    private CompletionStage<?> signedUrl(Exchange exchange, String id) {
        Integer expiry = config().getExpiry();
        if (expiry != null && expiry < 1) {
            throw new IllegalArgumentException(action() + " signedUrl: expiry is in hours and must be at least 1, but is "
                                               + expiry);
        }
        return api().files().signedUrl(id, expiry).thenAccept(answer -> {
            exchange.getMessage().setBody(answer.body().url());
            writeResponseHeaders(exchange.getMessage(), answer, null, null);
        });
    }
}
