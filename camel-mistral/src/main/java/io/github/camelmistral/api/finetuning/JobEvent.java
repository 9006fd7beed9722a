package io.github.camelmistral.api.finetuning;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An entry of a detailed fine-tuning job's {@code events} (newest first). Status changes are
 * {@code name:"status-updated", data:{status}}, so the transitions between two polls can be rebuilt from them.
 */
public record JobEvent(String name, Map<String, Object> data, @JsonProperty("created_at") Long createdAt) {

    public static final String STATUS_UPDATED = "status-updated";

    /** The status this event moved the job to, or null when it is not a status change. */
    public String statusUpdate() {
        if (!STATUS_UPDATED.equals(name) || data == null || data.get("status") == null) {
            return null;
        }
        return String.valueOf(data.get("status"));
    }
}
