package io.github.camelmistral.api.classifiers;

import java.util.List;

/** What moderation and classification answers have in common: one result per input, in input order. */
public interface ClassifierResponse<R> {

    String id();

    String model();

    List<R> results();
}
