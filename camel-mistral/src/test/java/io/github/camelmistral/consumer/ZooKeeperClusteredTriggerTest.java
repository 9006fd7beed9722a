package io.github.camelmistral.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.MistralJson;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: two nodes behind {@code master:} on a real ZooKeeper (Curator's embedded server) with camel-zookeeper's
 * cluster service, sharing a state repository in a database (H2). The leader leaves the election while an exchange
 * is in flight: the other node takes over from the committed state, nothing is lost, and only the event in flight
 * is delivered twice.
 */
class ZooKeeperClusteredTriggerTest extends TriggerTestSupport {

    private static final String STATE_KEY = "mistral:batchJob:succeeded";

    private TestingServer zooKeeper;
    private JdbcStateRepository inspect;
    private final List<CamelContext> nodes = new CopyOnWriteArrayList<>();

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @BeforeEach
    void startZooKeeper() throws Exception {
        zooKeeper = new TestingServer(true);
        inspect = new JdbcStateRepository(database(), "trigger_state");
        inspect.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (CamelContext node : nodes) {
            node.stop();
        }
        zooKeeper.close();
    }

    /** The database every node reaches (one per test). */
    private JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + zooKeeper.getPort() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** One node: its own CamelContext, ZooKeeper client and repository instance. */
    private static final class Node {
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch blocked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile String blockOn;
        CamelContext context;

        /**
         * This node leaves the election while its exchange is still in flight, as a rolling restart does: stopping
         * the route stops the trigger and releases its ZooKeeper leader latch at once, then waits for the exchange.
         */
        CompletableFuture<Void> leave() {
            return CompletableFuture.runAsync(() -> {
                try {
                    context.getRouteController().stopRoute("jobs");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private Node node(String name) throws Exception {
        Node node = new Node();
        node.context = new DefaultCamelContext();
        node.context.getCamelContextExtension().setName(name);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(name);
        cluster.setNodes(zooKeeper.getConnectString());
        cluster.setBasePath("/camel/cluster");
        node.context.addService(cluster);
        node.context.getRegistry().bind("shared", new JdbcStateRepository(database(), "trigger_state"));
        node.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:mistral-jobs:" + trigger("batchJob", "event=succeeded&stateRepository=#shared")
                        .replace("startScheduler=false&", "delay=50&initialDelay=0&"))
                        .routeId("jobs")
                        .process(exchange -> {
                            String job = exchange.getMessage().getHeader(MistralConstants.JOB_ID, String.class);
                            node.received.add(job);
                            if (job.equals(node.blockOn)) {
                                node.blocked.countDown();
                                node.release.await(60, TimeUnit.SECONDS);
                            }
                        });
            }
        });
        node.context.start();
        nodes.add(node.context);
        return node;
    }

    private String storedState() {
        String value = inspect.getState(STATE_KEY);
        return value == null ? null : TriggerState.stateJson(value);
    }

    /** The jobs the shared state records as open. */
    private List<String> openJobs() throws Exception {
        List<String> open = new ArrayList<>();
        MistralJson.mapper().readTree(storedState()).path("open").fieldNames().forEachRemaining(open::add);
        return open;
    }

    @Test
    void leadershipMovesDuringAPollWithoutLosingEventsAndRepeatsOnlyTheOneInFlight() throws Exception {
        for (String job : List.of("a", "b", "c", "d")) {
            API.batchJob(job, T0 + job.charAt(0), "RUNNING", T0 + job.charAt(0));
        }
        Node first = node("node-1");
        await().atMost(60, TimeUnit.SECONDS).until(() -> storedState() != null); // the leader primed the state
        Node second = node("node-2");

        API.batchJob("a", T0 + 'a', "SUCCESS", T0 + 1000);
        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> assertThat(first.received).containsExactly("a"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> openJobs().equals(List.of("b", "c", "d")));

        // the leader's poll delivers b and blocks in it; then the leader leaves: the follower takes over
        first.blockOn = "b";
        API.batchJob("b", T0 + 'b', "SUCCESS", T0 + 1001);
        API.batchJob("c", T0 + 'c', "SUCCESS", T0 + 1002);
        assertThat(first.blocked.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> left = first.leave();

        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> assertThat(second.received).containsExactly("b", "c"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> openJobs().equals(List.of("d")));

        // stopping interrupted the old leader's exchange (b stays unrecorded there); whatever its poll did at its end,
        // the new leader's state holds: d comes once, and b and c are not delivered again
        first.release.countDown();
        left.get(60, TimeUnit.SECONDS);
        API.batchJob("d", T0 + 'd', "SUCCESS", T0 + 1003);
        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> assertThat(second.received).contains("d"));
        await().during(1, TimeUnit.SECONDS).atMost(30, TimeUnit.SECONDS)
                .untilAsserted(() -> assertThat(second.received).containsExactly("b", "c", "d"));

        // b, the event in flight at the hand-over, is the only one delivered twice
        assertThat(first.received).containsExactly("a", "b");
        assertThat(openJobs()).isEmpty();
    }
}
