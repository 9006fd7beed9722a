package io.github.camelmistral.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelmistral.MistralApiName;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.event.CompletionEvent;
import io.github.camelmistral.event.CompletionListener;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mistral:chat|fim|agent?event=created}, {@code mistral:embeddings?event=generated},
 * {@code mistral:ocr?event=completed}: fires when a {@code mistral:} producer of the same CamelContext completes such
 * a call.
 * <p>
 * The producer only offers the event to a bounded queue ({@code eventQueueSize}) and goes on; one thread of this
 * consumer runs the trigger route. A slow or failing trigger route therefore never slows down or fails the producing
 * exchange; when the queue is full the event is dropped, counted ({@link #getDroppedEvents()}) and logged. Stopping
 * the consumer lets the exchange in hand finish and delivers the events still queued.
 */
public class CompletionTriggerConsumer extends DefaultConsumer implements CompletionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionTriggerConsumer.class);
    /** Queued on stop so that an idle worker wakes up at once, sees the stop and ends; never delivered. */
    private static final CompletionEvent WAKE_UP = new CompletionEvent(null, null, null, Map.of());

    private final MistralApiName api;
    private final String eventType;
    private final String model;
    private final BlockingQueue<CompletionEvent> queue;
    private final AtomicLong dropped = new AtomicLong();
    private ExecutorService worker;

    public CompletionTriggerConsumer(MistralEndpoint endpoint, Processor processor, String eventType) {
        super(endpoint, processor);
        this.api = endpoint.getApi();
        this.eventType = eventType;
        this.model = endpoint.getConfiguration().getModel();
        this.queue = new ArrayBlockingQueue<>(Math.max(1, endpoint.getConfiguration().getEventQueueSize()));
    }

    @Override
    public MistralEndpoint getEndpoint() {
        return (MistralEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        worker = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "MistralCompletionTrigger-" + api);
        worker.execute(this::deliverLoop);
        getEndpoint().getComponent().completionEvents().subscribe(api, this);
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().completionEvents().unsubscribe(api, this);
        if (worker != null) {
            queue.offer(WAKE_UP);
            // not shutdownNow: interrupting the worker would fail the exchange in hand; the loop drains the queue and
            // ends, within the executor service manager's shutdownAwaitTermination (10 s by default)
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(worker);
            worker = null;
        }
        super.doStop();
    }

    @Override
    public void onCompletion(CompletionEvent event) {
        if (model != null && !model.equals(event.requestedModel())
            && !model.equals(event.headers().get(MistralConstants.RESPONSE_MODEL))) {
            return;
        }
        if (!queue.offer(event)) {
            long count = dropped.incrementAndGet();
            // the first drop and then one line in a thousand: a flood must not flood the log too
            if (count == 1 || count % 1000 == 0) {
                LOG.warn("mistral:{}?event trigger: its route does not keep up, {} event(s) dropped so far "
                         + "(eventQueueSize={})", api, count, queue.size() + queue.remainingCapacity());
            }
        }
    }

    /** How many events were dropped because the queue was full. */
    public long getDroppedEvents() {
        return dropped.get();
    }

    private void deliverLoop() {
        while (isRunAllowed() || !queue.isEmpty()) {
            CompletionEvent event;
            try {
                event = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event != null && event != WAKE_UP) {
                try {
                    deliver(event);
                } catch (RuntimeException e) {
                    // one event that cannot even become an exchange must not end the delivery thread
                    getExceptionHandler().handleException("mistral:" + api + " trigger could not deliver an event", e);
                }
            }
        }
    }

    private void deliver(CompletionEvent event) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setBody(event.response());
            message.setHeaders(new HashMap<>(event.headers()));
            message.setHeader(MistralConstants.MODEL, event.requestedModel());
            message.setHeader(MistralConstants.EVENT_TYPE, eventType);
            Object responseId = event.headers().get(MistralConstants.RESPONSE_ID);
            message.setHeader(MistralConstants.EVENT_ID, eventType + ":" + (responseId != null ? responseId : exchange.getExchangeId()));
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("mistral:" + api + " trigger route failed", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
    }
}
