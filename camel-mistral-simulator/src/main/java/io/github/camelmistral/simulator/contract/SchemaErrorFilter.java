package io.github.camelmistral.simulator.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.ValidationMessage;

/**
 * Keeps the validator's messages that explain a failure. A plain 2020-12 validator reports every branch of a
 * {@code oneOf}/{@code anyOf} it tried: for a user message with an extra key it also reports that the role is not
 * 'system', not 'assistant', ... The spec's {@code discriminator} would pick the branch, but the validator's OpenAPI
 * discriminator support misjudges nested unions (valid image chunks fail), so the branch is picked here instead: a
 * branch whose own {@code type} or a {@code const} of one of its properties failed is a branch the value never meant
 * to take, and everything reported inside it is noise.
 */
final class SchemaErrorFilter {

    private static final Set<String> COMBINERS = Set.of("oneOf", "anyOf");
    private static final Pattern BRANCH = Pattern.compile("/(?:oneOf|anyOf)/\\d+");
    private static final Pattern BRANCH_MISMATCH = Pattern.compile("(?:/type|/properties/[^/]+/const)");

    private SchemaErrorFilter() {
    }

    static List<ValidationMessage> explainingMessages(Iterable<ValidationMessage> messages) {
        List<ValidationMessage> all = new ArrayList<>();
        messages.forEach(all::add);
        List<String> mismatchedBranches = new ArrayList<>();
        for (ValidationMessage message : all) {
            String path = withoutRefs(message);
            Matcher branch = BRANCH.matcher(path);
            while (branch.find()) {
                String rest = path.substring(branch.end());
                if (BRANCH_MISMATCH.matcher(rest).matches()) {
                    mismatchedBranches.add(path.substring(0, branch.end()) + "/");
                }
            }
        }
        Map<String, ValidationMessage> kept = new LinkedHashMap<>();
        for (ValidationMessage message : all) {
            String path = withoutRefs(message) + "/";
            boolean inMismatchedBranch = mismatchedBranches.stream().anyMatch(path::startsWith);
            if (!inMismatchedBranch && !COMBINERS.contains(message.getType())) {
                kept.putIfAbsent(message.getMessage(), message);
            }
        }
        // when no branch fits at all, the combiner's own "valid to one and only one schema" is the explanation
        return kept.isEmpty() ? all : new ArrayList<>(kept.values());
    }

    /** The evaluation path with the {@code $ref} hops removed, so a branch reads the same through references. */
    private static String withoutRefs(ValidationMessage message) {
        return message.getEvaluationPath().toString().replace("/$ref", "");
    }
}
