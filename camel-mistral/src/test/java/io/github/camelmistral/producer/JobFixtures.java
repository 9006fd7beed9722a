package io.github.camelmistral.producer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON of fine-tuning and batch jobs as the API answers them, unknown fields included to prove they are tolerated. */
final class JobFixtures {

    private JobFixtures() {
    }

    static String fineTuningJob(String id, String status) {
        return """
                {"id":"%s","object":"job","job_type":"completion","model":"open-mistral-nemo","status":"%s",
                 "auto_start":false,"created_at":1735000000,"modified_at":1735000100,"training_files":["5c1c4a3e-0000-4000-8000-0000000000b1"],
                 "validation_files":[],"fine_tuned_model":null,"suffix":"my-model","integrations":[],
                 "trained_tokens":null,"metadata":{"expected_duration_seconds":220,"cost":10.5,"cost_currency":"EUR"},
                 "hyperparameters":{"training_steps":10,"learning_rate":0.0001,"fim_ratio":0.9},"repositories":[],
                 "a_field_added_later":{"x":1}}""".formatted(id, status);
    }

    /** The detailed form of get, cancel and start: events (newest first) and checkpoints. */
    static String detailedFineTuningJob(String id, String status) {
        String job = fineTuningJob(id, status);
        return job.substring(0, job.length() - 1) + """
                ,"events":[{"name":"status-updated","data":{"status":"%s"},"created_at":1735000100},
                           {"name":"status-updated","data":{"status":"QUEUED"},"created_at":1735000000}],
                 "checkpoints":[{"metrics":{"train_loss":0.8,"valid_loss":0.9,"valid_mean_token_accuracy":0.7},
                                 "step_number":5,"created_at":1735000050}]}""".formatted(status);
    }

    static String batchJob(String id, String status, String outputFile, String errorFile) {
        return """
                {"id":"%s","object":"batch","input_files":[],"metadata":{"client":"abc"},
                 "endpoint":"/v1/chat/completions","model":"mistral-small-latest","agent_id":null,
                 "output_file":%s,"error_file":%s,"errors":[],"outputs":null,"status":"%s","created_at":1735000000,
                 "total_requests":3,"completed_requests":3,"succeeded_requests":2,"failed_requests":1,
                 "started_at":1735000010,"completed_at":null,"a_field_added_later":true}"""
                .formatted(id, quoted(outputFile), quoted(errorFile), status);
    }

    /** A list page {@code {data, object, total}} of the given items. */
    static String page(int total, String... items) {
        return "{\"object\":\"list\",\"total\":" + total + ",\"data\":["
               + Arrays.stream(items).collect(Collectors.joining(",")) + "]}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
