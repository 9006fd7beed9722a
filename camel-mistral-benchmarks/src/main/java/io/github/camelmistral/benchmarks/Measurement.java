package io.github.camelmistral.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one client measured in one scenario: each metric's value in every measured round, in round order. */
record Measurement(String scenario, String client, Map<String, List<Double>> metrics) {

    Measurement {
        metrics = Map.copyOf(metrics);
    }

    /** Collects the rounds of a measurement as they are run. */
    static final class Builder {
        private final String scenario;
        private final String client;
        private final Map<String, List<Double>> metrics = new LinkedHashMap<>();

        Builder(String scenario, String client) {
            this.scenario = scenario;
            this.client = client;
        }

        Builder add(String metric, double value) {
            metrics.computeIfAbsent(metric, name -> new ArrayList<>()).add(value);
            return this;
        }

        Measurement build() {
            return new Measurement(scenario, client, metrics);
        }
    }

    double median(String metric) {
        List<Double> values = new ArrayList<>(values(metric));
        values.sort(null);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }

    double min(String metric) {
        return values(metric).stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    double max(String metric) {
        return values(metric).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private List<Double> values(String metric) {
        List<Double> values = metrics.get(metric);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException(scenario + "/" + client + " measured no " + metric);
        }
        return values;
    }
}
