package io.github.camelmistral.producer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.libraries.Library;
import org.apache.camel.Exchange;

/** {@code mistral:library}: the document libraries of the workspace and who they are shared with. */
public class LibraryProducer extends ResourceProducer {

    /** The operations of {@code mistral:library}. */
    public enum Operation {
        create, list, get, update, delete, share, unshare, listAccess
    }

    public LibraryProducer(MistralEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected CompletionStage<?> send(Exchange exchange) {
        Operation operation = operation(exchange, Operation.class);
        return switch (operation) {
            case create -> api().libraries().create(request(exchange, operation, "name, description, chunk_size"))
                    .thenAccept(answer -> {
                        exchange.getMessage().setBody(answer.body());
                        writeResponseHeaders(exchange.getMessage(), answer, null, null);
                        exchange.getMessage().setHeader(MistralConstants.LIBRARY_ID, answer.body().id());
                    });
            case list -> listed(exchange, api().libraries().list());
            case get -> callForBody(exchange, api().libraries().get(libraryId(exchange, operation)));
            case update -> {
                String id = libraryId(exchange, operation);
                yield callForBody(exchange, api().libraries().update(id, request(exchange, operation, "name, description")));
            }
            case delete -> callForBody(exchange, api().libraries().delete(libraryId(exchange, operation)));
            case share -> {
                String id = libraryId(exchange, operation);
                yield callForBody(exchange, api().libraries().share(id, request(exchange, operation,
                        "share_with_uuid, share_with_type (User, Workspace, Org), level (Viewer, Editor)")));
            }
            case unshare -> {
                String id = libraryId(exchange, operation);
                yield callForBody(exchange, api().libraries().unshare(id, request(exchange, operation,
                        "share_with_uuid, share_with_type (User, Workspace, Org)")));
            }
            case listAccess -> listed(exchange, api().libraries().accesses(libraryId(exchange, operation)));
        };
    }

    /** The library: the {@code CamelMistralLibraryId} header, the {@code libraryId} option or a {@link Library} body. */
    static String libraryId(ResourceProducer producer, Exchange exchange, String operation) {
        return producer.requiredId(exchange, MistralConstants.LIBRARY_ID, producer.config().getLibraryId(), "libraryId",
                operation, Library.class, Library::id);
    }

    private String libraryId(Exchange exchange, Operation operation) {
        return libraryId(this, exchange, operation.name());
    }

    /** A request body with the spec's field names: a {@code Map} or a record. */
    static Object request(ResourceProducer producer, Exchange exchange, String operation, String fields) {
        Object body = exchange.getMessage().getBody();
        if (body == null || body instanceof CharSequence || body instanceof byte[] || body instanceof Library) {
            throw new IllegalArgumentException(producer.action() + " " + operation + " takes a Map (or record) with the "
                                               + "API's field names as the body (" + fields + "), but got "
                                               + (body == null ? "none" : body.getClass().getName()));
        }
        return body;
    }

    private Object request(Exchange exchange, Operation operation, String fields) {
        return request(this, exchange, operation.name(), fields);
    }

    private static <T> CompletionStage<?> listed(Exchange exchange, CompletableFuture<List<T>> call) {
        return call.thenAccept(items -> {
            exchange.getMessage().setBody(items);
            exchange.getMessage().setHeader(MistralConstants.TOTAL, items.size());
        });
    }
}
