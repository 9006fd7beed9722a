package io.github.camelmistral.consumer;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.github.camelmistral.consumer.JobTriggerState.OpenJob;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored form of a trigger's state: format 2, format 1 still read, and its size at scale. */
class TriggerStateTest {

    private static final long T0 = 1_760_000_000L;
    private final Random random = new Random(12);
    private final MemoryStateRepository repository = new MemoryStateRepository();

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @Test
    void format2RoundTripsTheStateTheFailedAttemptsAndNullValues() {
        TriggerState<SnapshotTriggerState> state = new TriggerState<>(repository, "k", List.of(), SnapshotTriggerState.class);
        SnapshotTriggerState snapshot = new SnapshotTriggerState();
        snapshot.known.put("ft:model-without-created", null);
        snapshot.known.put("file-1", T0);
        state.save(snapshot, Map.of("file.deleted:file-2", 2));

        assertThat(repository.getState("k")).startsWith("v2:").doesNotContain("=").doesNotContain("\n");
        TriggerState.Stored<SnapshotTriggerState> read = new TriggerState<>(repository, "k", List.of(),
                SnapshotTriggerState.class).load();
        assertThat(read.state().known).containsEntry("ft:model-without-created", null).containsEntry("file-1", T0);
        assertThat(read.attempts()).containsExactly(Map.entry("file.deleted:file-2", 2));
    }

    @Test
    void format1OfOlderVersionsIsReadUnderTheLegacyKeyAndWrittenBackInFormat2UnderTheNewOne() {
        repository.setState("mistral:batchJob:succeeded", "{\"watermark\":" + T0 + ",\"seen\":{\"a\":" + T0
                                                          + "},\"open\":{\"b\":{\"status\":\"RUNNING\",\"createdAt\":"
                                                          + T0 + ",\"since\":" + T0 + "}}}");
        TriggerState<JobTriggerState> state = new TriggerState<>(repository, "mistral:batchJob:succeeded:model:m",
                List.of("mistral:batchJob:succeeded:model=m", "mistral:batchJob:succeeded"), JobTriggerState.class);

        TriggerState.Stored<JobTriggerState> read = state.load();
        assertThat(read.state().watermark).isEqualTo(T0);
        assertThat(read.state().open).containsEntry("b", new OpenJob("RUNNING", T0, T0, null));
        assertThat(read.attempts()).isEmpty();

        state.save(read.state(), read.attempts());
        assertThat(repository.getState("mistral:batchJob:succeeded:model:m")).startsWith("v2:");
        assertThat(TriggerState.stateJson(repository.getState("mistral:batchJob:succeeded:model:m")))
                .contains("\"open\":{\"b\":{\"status\":\"RUNNING\"");
    }

    @Test
    void theFilteredKeyOfThePreviousVersionIsReadBeforeTheUnfilteredOne() {
        TriggerState<JobTriggerState> previous = new TriggerState<>(repository, "mistral:batchJob:succeeded:model=m",
                List.of(), JobTriggerState.class);
        JobTriggerState stored = new JobTriggerState();
        stored.watermark = T0 + 1;
        previous.save(stored, Map.of());
        repository.setState("mistral:batchJob:succeeded", "{\"watermark\":" + T0 + "}");

        TriggerState<JobTriggerState> state = new TriggerState<>(repository, "mistral:batchJob:succeeded:model:m",
                List.of("mistral:batchJob:succeeded:model=m", "mistral:batchJob:succeeded"), JobTriggerState.class);

        assertThat(state.load().state().watermark).isEqualTo(T0 + 1);
    }

    @Test
    void anUnreadableValueFailsWithTheKeyInsteadOfStartingAfresh() {
        repository.setState("k", "v2:not-gzip");
        TriggerState<JobTriggerState> state = new TriggerState<>(repository, "k", List.of(), JobTriggerState.class);

        assertThatThrownBy(state::load).isInstanceOf(IllegalStateException.class).hasMessageContaining("'k'")
                .hasMessageContaining("fix or remove it");
    }

    /** The sizes the guide states: 10,000 open batch jobs, 100,000 known files, with random UUID-like ids. */
    @Test
    void stateSizeAtScale() {
        JobTriggerState jobs = new JobTriggerState();
        jobs.watermark = T0 + 10_000;
        for (int i = 0; i < 10_000; i++) {
            long createdAt = T0 + i;
            jobs.open.put(uuid(), new OpenJob(i % 2 == 0 ? "QUEUED" : "RUNNING", createdAt, createdAt + 5, T0 + 20_000));
        }
        SnapshotTriggerState files = new SnapshotTriggerState();
        for (int i = 0; i < 100_000; i++) {
            files.known.put("file-" + uuid(), T0 + i);
        }

        int jobsSize = stored("jobs", jobs, JobTriggerState.class);
        int filesSize = stored("files", files, SnapshotTriggerState.class);
        System.out.printf("trigger state: 10,000 open jobs %,d bytes (JSON %,d); 100,000 files %,d bytes (JSON %,d)%n",
                jobsSize, TriggerState.stateJson(repository.getState("jobs")).length(), filesSize,
                TriggerState.stateJson(repository.getState("files")).length());

        // the bounds the guide documents
        assertThat(jobsSize).isLessThan(700_000);
        assertThat(filesSize).isLessThan(5_000_000);
    }

    private <S> int stored(String key, S value, Class<S> type) {
        new TriggerState<>(repository, key, List.of(), type).save(value, Map.of());
        return repository.getState(key).length();
    }
}
