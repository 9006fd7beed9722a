package io.github.camelmistral.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelmistral.MistralApiName;
import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.MistralEndpoint;
import io.github.camelmistral.api.MistralJson;
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
 * The producer only offers the event to a queue bounded in events ({@code eventQueueSize}) and in estimated bytes
 * ({@code eventQueueMaxBytes}) and goes on; one thread of this consumer runs the trigger route. A slow or failing
 * trigger route therefore never slows down or fails the producing exchange; when the queue is full the event is
 * dropped, counted ({@link #getDroppedEvents()}) and logged. Stopping the consumer lets the exchange in hand finish
 * and delivers the events still queued, for up to {@code drainTimeout}; what is left then is dropped and counted.
 */
public class CompletionTriggerConsumer extends DefaultConsumer implements CompletionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionTriggerConsumer.class);
    /** What an event is counted for when its response cannot be measured. */
    private static final long UNMEASURED_BYTES = 1024;

    /** A queued event with the bytes it was estimated to take. */
    private record Queued(CompletionEvent event, long bytes) {
    }

    /**
     * Queued on stop (when there is room) so that an idle worker wakes up at once, sees the stop and ends; never
     * delivered. A busy worker sees the stop after the queue is empty anyway.
     */
    private static final Queued WAKE_UP = new Queued(new CompletionEvent(null, null, null, Map.of()), 0);

    private final MistralApiName api;
    private final String eventType;
    private final String model;
    private final int queueSize;
    private final long maxQueuedBytes;
    private final long drainTimeout;
    private final BlockingQueue<Queued> queue;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean abandoned;
    private volatile CountDownLatch drained = new CountDownLatch(0);
    private ExecutorService worker;

    public CompletionTriggerConsumer(MistralEndpoint endpoint, Processor processor, String eventType) {
        super(endpoint, processor);
        this.api = endpoint.getApi();
        this.eventType = eventType;
        this.model = endpoint.getConfiguration().getModel();
        this.queueSize = endpoint.getConfiguration().getEventQueueSize();
        this.maxQueuedBytes = endpoint.getConfiguration().getEventQueueMaxBytes();
        this.drainTimeout = endpoint.getConfiguration().getDrainTimeout();
        if (queueSize < 1) {
            throw new IllegalArgumentException("mistral:" + api + " trigger: eventQueueSize is how many events may wait "
                                               + "for the trigger route, at least 1, but is " + queueSize);
        }
        if (maxQueuedBytes < 0 || drainTimeout < 0) {
            throw new IllegalArgumentException("mistral:" + api + " trigger: eventQueueMaxBytes (0: no bound) and "
                                               + "drainTimeout are 0 or more, but are " + maxQueuedBytes + " and "
                                               + drainTimeout);
        }
        this.queue = new ArrayBlockingQueue<>(queueSize);
    }

    @Override
    public MistralEndpoint getEndpoint() {
        return (MistralEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        abandoned = false;
        drained = new CountDownLatch(1);
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
            if (!drained.await(drainTimeout, TimeUnit.MILLISECONDS)) {
                abandoned = true;
                List<Queued> left = new ArrayList<>();
                queue.drainTo(left);
                long lost = left.stream().filter(queued -> queued != WAKE_UP).count();
                dropped.addAndGet(lost);
                queuedBytes.set(0);
                LOG.warn("mistral:{}?event trigger: stopping waited drainTimeout={} ms; the exchange in hand is "
                         + "interrupted and {} queued event(s) are dropped ({} dropped in all)", api, drainTimeout,
                        lost, dropped.get());
                worker.shutdownNow();
            }
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(worker);
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
        long bytes = maxQueuedBytes > 0 ? estimatedBytes(event) : 0;
        // an empty queue takes any event, so that one large response is not dropped for its size alone
        boolean fits = maxQueuedBytes == 0 || queue.isEmpty() || queuedBytes.get() + bytes <= maxQueuedBytes;
        if (fits && queue.offer(new Queued(event, bytes))) {
            queuedBytes.addAndGet(bytes);
            return;
        }
        long count = dropped.incrementAndGet();
        // the first drop and then one line in a thousand: a flood must not flood the log too
        if (count == 1 || count % 1000 == 0) {
            LOG.warn("mistral:{}?event trigger: its route does not keep up, {} event(s) dropped so far "
                     + "(eventQueueSize={}, eventQueueMaxBytes={}, about {} bytes queued)", api, count, queueSize,
                    maxQueuedBytes, queuedBytes.get());
        }
    }

    /** How many events were dropped: the queue was full, or stopping did not leave time to deliver them. */
    public long getDroppedEvents() {
        return dropped.get();
    }

    /** How many events wait for the route. */
    public int getQueuedEvents() {
        return (int) queue.stream().filter(queued -> queued != WAKE_UP).count();
    }

    /** The estimated bytes of the events waiting for the route. */
    public long getQueuedBytes() {
        return queuedBytes.get();
    }

    /**
     * The size of the event's response as JSON, counted without keeping the text: cheap next to the call that
     * produced it, and proportional to the memory the response holds.
     */
    static long estimatedBytes(CompletionEvent event) {
        CountingOutputStream counter = new CountingOutputStream();
        try {
            MistralJson.mapper().writeValue(counter, event.response());
            return counter.count;
        } catch (IOException | RuntimeException e) {
            return UNMEASURED_BYTES;
        }
    }

    private static final class CountingOutputStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private void deliverLoop() {
        try {
            while (!abandoned && (isRunAllowed() || !queue.isEmpty())) {
                Queued queued;
                try {
                    queued = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (queued != null && queued != WAKE_UP) {
                    queuedBytes.addAndGet(-queued.bytes());
                    try {
                        deliver(queued.event());
                    } catch (RuntimeException e) {
                        // one event that cannot even become an exchange must not end the delivery thread
                        getExceptionHandler().handleException("mistral:" + api + " trigger could not deliver an event", e);
                    }
                }
            }
        } finally {
            drained.countDown();
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
