package io.github.camelmistral.api.finetuning;

/**
 * The filters of the fine-tuning job list; null leaves a filter out.
 *
 * @param model         the base model
 * @param status        one status (the API filters on a single one)
 * @param createdAfter  an ISO-8601 instant
 * @param createdBefore an ISO-8601 instant
 * @param createdByMe   only the jobs of this key's user
 * @param suffix        the suffix of the fine-tuned model's name
 */
public record FineTuningJobFilter(String model, String status, String createdAfter, String createdBefore,
                                  Boolean createdByMe, String suffix) {
}
