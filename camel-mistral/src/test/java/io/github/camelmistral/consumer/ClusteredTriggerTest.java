package io.github.camelmistral.consumer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster pattern: every node runs {@code master:<name>:mistral:...} so that only the leader polls, and all nodes
 * share one state repository (here one instance standing in for a shared JDBC/Infinispan repository). When the leader
 * stops, another node takes over from the committed state: no event lost, none repeated.
 */
class ClusteredTriggerTest extends TriggerTestSupport {

    @TempDir
    Path lockDir;

    private final StateRepository<String, String> sharedState = new MemoryStateRepository();

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    private CamelContext node(String name, List<String> received) throws Exception {
        CamelContext node = new DefaultCamelContext();
        node.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        node.addService(cluster);
        node.getRegistry().bind("sharedState", sharedState);
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:mistral-batch:" + trigger("batchJob", "event=succeeded&stateRepository=#sharedState")
                        .replace("startScheduler=false&", "delay=50&initialDelay=0&"))
                        .routeId("jobs")
                        .process(exchange -> received.add(exchange.getMessage().getHeader(MistralConstants.JOB_ID, String.class)));
            }
        });
        node.start();
        return node;
    }

    @Test
    void theFollowerContinuesFromTheSharedStateWhenTheLeaderStops() throws Exception {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        API.batchJob("a", T0, "QUEUED", T0);
        API.batchJob("b", T0 + 1, "RUNNING", T0 + 1);

        CamelContext leader = node("node-1", first);
        await().until(() -> sharedState.getState("mistral:batchJob:succeeded") != null); // the leader primed the state
        CamelContext follower = node("node-2", second);

        API.batchJob("a", T0, "SUCCESS", T0 + 10);
        await().untilAsserted(() -> assertThat(first).containsExactly("a"));
        leader.stop();

        API.batchJob("b", T0 + 1, "SUCCESS", T0 + 20);
        API.batchJob("c", T0 + 30, "SUCCESS", T0 + 40);
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(second).containsExactly("b", "c"));
        follower.stop();

        assertThat(first).containsExactly("a");
    }
}
