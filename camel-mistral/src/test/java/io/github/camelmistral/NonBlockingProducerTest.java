package io.github.camelmistral;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An in-flight call must not pin a thread: 200 exchanges against an answer delayed by a second are all in flight at
 * once, yet the JVM grows by far fewer than 200 threads.
 */
class NonBlockingProducerTest extends MistralTestSupport {

    private static final int CONCURRENT = 200;

    @Test
    void twoHundredCallsInFlightWithoutAThreadEach() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(chatCompletion("slow")).withFixedDelay(1000)));
        Endpoint endpoint = context.getEndpoint(mistral("chat"));
        Producer producer = endpoint.createProducer();
        producer.start();
        AsyncProcessor async = AsyncProcessorConverterHelper.convert(producer);
        // warm up the pool and the transport so that their threads do not count as growth
        Exchange warmUp = new DefaultExchange(context);
        warmUp.getIn().setBody("warm up");
        async.process(warmUp);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        int before = threads.getThreadCount();
        CountDownLatch done = new CountDownLatch(CONCURRENT);
        List<Exchange> exchanges = new ArrayList<>();
        int completedSynchronously = 0;
        for (int i = 0; i < CONCURRENT; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setBody("question " + i);
            exchanges.add(exchange);
            if (async.process(exchange, doneSync -> done.countDown())) {
                completedSynchronously++;
            }
        }

        assertThat(completedSynchronously).as("no call may complete on the calling thread").isZero();
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getBody()).isEqualTo("slow");
        });
        int growth = threads.getPeakThreadCount() - before;
        // WireMock's own threads count too; the producer side must stay far below one thread per call
        assertThat(growth).as("threads added while %d calls were in flight", CONCURRENT).isLessThan(CONCURRENT / 4);
        producer.stop();
    }
}
