package io.github.camelmistral.producer;

import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.UploadSource;
import io.github.camelmistral.api.libraries.LibraryDocument;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code mistral:libraryDocument}: the documents of a library ({@code libraryId}): streamed uploads, reads, updates,
 * deletions, processing status, extracted text, signed URLs and reprocessing.
 */
public class LibraryDocumentProducer extends ResourceProducer {

    /** The operations of {@code mistral:libraryDocument}. */
    public enum Operation {
        upload, list, get, update, delete, status, text, signedUrl, reprocess
    }

    public LibraryDocumentProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) throws Exception {
        Operation operation = operation(exchange, Operation.class);
        if (operation == Operation.upload) {
            return upload(exchange);
        }
        String library = libraryId(exchange, operation);
        if (operation == Operation.list) {
            return list(exchange, api().libraries().documents(library, config().getSearch()), LibraryDocument::id);
        }
        String document = requiredId(exchange, MistralConstants.DOCUMENT_ID, config().getDocumentId(), "documentId",
                operation.name(), LibraryDocument.class, LibraryDocument::id);
        return switch (operation) {
            case get -> callForBody(exchange, api().libraries().document(library, document));
            case update -> callForBody(exchange, api().libraries().updateDocument(library, document,
                    LibraryProducer.request(this, exchange, operation.name(), "name, attributes")));
            case delete -> callForBody(exchange, api().libraries().deleteDocument(library, document));
            case status -> callForBody(exchange, api().libraries().status(library, document));
            case text -> api().libraries().text(library, document).thenAccept(answer -> {
                exchange.getMessage().setBody(answer.body().text());
                writeResponseHeaders(exchange.getMessage(), answer, null, null);
            });
            case signedUrl -> callForBody(exchange, api().libraries().signedUrl(library, document));
            case reprocess -> callForBody(exchange, api().libraries().reprocess(library, document));
            case upload, list -> throw new IllegalStateException("handled above");
        };
    }

    private String libraryId(Exchange exchange, Operation operation) {
        return LibraryProducer.libraryId(this, exchange, operation.name());
    }

    private CompletionStage<?> upload(Exchange exchange) throws Exception {
        String library = libraryId(exchange, Operation.upload);
        UploadSource content = UploadBodies.source(action() + " upload", "document", exchange.getMessage().getBody(),
                FileProducer.MAX_FILE_BYTES, exchange);
        String fileName = UploadBodies.fileName(exchange, config().getFileName());
        if (fileName == null) {
            throw new IllegalArgumentException(action() + " upload needs a file name (the API detects the type from its "
                                               + "extension): set the fileName option, the " + MistralConstants.FILE_NAME
                                               + " header or " + Exchange.FILE_NAME);
        }
        return api().libraries().upload(library, content, fileName).thenAccept(answer -> {
            Message message = exchange.getMessage();
            message.setBody(answer.body());
            writeResponseHeaders(message, answer, null, null);
            message.setHeader(MistralConstants.DOCUMENT_ID, answer.body().id());
            message.setHeader(MistralConstants.LIBRARY_ID, library);
        });
    }
}
