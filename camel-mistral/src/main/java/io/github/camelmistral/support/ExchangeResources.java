package io.github.camelmistral.support;

import java.io.Closeable;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

/** Ties what an exchange's body or headers hold open (a download, a streaming iterator) to the exchange's life. */
public final class ExchangeResources {

    private ExchangeResources() {
    }

    /**
     * Closes {@code resource} when {@code exchange} completes, whether it succeeded or failed: an unread or half-read
     * download would otherwise hold its connection until the request timeout.
     */
    public static void closeWhenDone(Exchange exchange, Object resource) {
        if (resource instanceof Closeable closeable) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    IOHelper.close(closeable);
                }
            });
        }
    }
}
