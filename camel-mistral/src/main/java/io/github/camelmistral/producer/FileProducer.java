package io.github.camelmistral.producer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConfiguration;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.ApiCall;
import io.github.camelmistral.api.ApiPaths;
import io.github.camelmistral.api.MistralJson;
import io.github.camelmistral.api.Multipart;
import io.github.camelmistral.api.QueryParameters;
import io.github.camelmistral.api.UploadSource;
import io.github.camelmistral.api.model.files.FileDeleted;
import io.github.camelmistral.api.model.files.MistralFile;
import io.github.camelmistral.api.model.files.SignedUrl;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

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
    static final String FILES = "/v1/files";
    /** The media type of the file part: the API detects the type itself (its {@code mimetype} field). */
    private static final String FILE_PART_TYPE = "application/octet-stream";

    public FileProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case upload -> upload(exchange);
            case list -> list(exchange, FILES, filters(exchange), MistralFile.class, MistralFile::id);
            case get -> callForBody(exchange, ApiCall.get(ApiPaths.resource(FILES, fileId(exchange, operation))),
                    MistralFile.class);
            case delete -> callForBody(exchange, ApiCall.delete(ApiPaths.resource(FILES, fileId(exchange, operation))),
                    FileDeleted.class);
            case download -> download(exchange, fileId(exchange, operation));
            case signedUrl -> signedUrl(exchange, fileId(exchange, operation));
        };
    }

    /**
     * The file an operation works on: the {@code CamelMistralFileId} header, else the {@code fileId} option, else the
     * id of a {@link MistralFile} body (so the output of upload, or list + split, can be passed straight on).
     */
    private String fileId(Exchange exchange, Operation operation) {
        String configured = config().getFileId();
        if (configured == null && exchange.getMessage().getBody() instanceof MistralFile file) {
            configured = file.id();
        }
        return requiredId(exchange, MistralConstants.FILE_ID, configured, "fileId", operation.name());
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
        Multipart form = Multipart.builder()
                .field("purpose", option(exchange, MistralConstants.PURPOSE, String.class, config().getPurpose()))
                .file("file", fileName, FILE_PART_TYPE, content)
                .build();
        return client().<MistralFile> upload(ApiCall.post(FILES, null), form,
                        MistralJson.mapper().constructType(MistralFile.class))
                .thenAccept(answer -> {
                    Message message = exchange.getMessage();
                    message.setBody(answer.body());
                    writeResponseHeaders(message, answer, null, null);
                    // lets the next step (signedUrl, a batch or fine-tuning job) use the file without more wiring
                    message.setHeader(MistralConstants.FILE_ID, answer.body().id());
                });
    }

    private QueryParameters filters(Exchange exchange) {
        return new QueryParameters()
                .add("purpose", option(exchange, MistralConstants.PURPOSE, String.class, config().getPurpose()))
                .add("source", MistralConfiguration.listOf(config().getSource()))
                .add("sample_type", MistralConfiguration.listOf(config().getSampleType()))
                .add("search", config().getSearch());
    }

    /**
     * The content as an {@code InputStream} that reads from the connection: it is not loaded into memory. It is closed
     * when the exchange completes, so it must be read within the route (or copied, e.g. {@code to("file:...")}).
     */
    private CompletionStage<?> download(Exchange exchange, String id) {
        return client().download(ApiCall.get(ApiPaths.resource(FILES, id, "content")))
                .thenAccept(answer -> {
                    InputStream content = answer.body();
                    exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                        @Override
                        public void onDone(Exchange done) {
                            // an unread or half-read download would hold its connection until requestTimeout
                            IOHelper.close(content);
                        }
                    });
                    Message message = exchange.getMessage();
                    message.setBody(content);
                    message.setHeader(MistralConstants.FILE_ID, id);
                    if (answer.requestId() != null) {
                        message.setHeader(MistralConstants.REQUEST_ID, answer.requestId());
                    }
                });
    }

    private CompletionStage<?> signedUrl(Exchange exchange, String id) {
        Integer expiry = config().getExpiry();
        if (expiry != null && expiry < 1) {
            throw new IllegalArgumentException(action() + " signedUrl: expiry is in hours and must be at least 1, but is "
                                               + expiry);
        }
        ApiCall call = ApiCall.get(ApiPaths.resource(FILES, id, "url"), new QueryParameters()
                .add("expiry", expiry).toMap());
        return call(call, SignedUrl.class).thenAccept(answer -> {
            exchange.getMessage().setBody(answer.body().url());
            writeResponseHeaders(exchange.getMessage(), answer, null, null);
        });
    }
}
