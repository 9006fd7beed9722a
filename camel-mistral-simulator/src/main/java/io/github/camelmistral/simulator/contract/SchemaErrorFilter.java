package io.github.camelmistral.simulator.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.ValidationMessage;

/**
 * Keeps the validator's messages that explain a failure. A plain 2020-12 validator reports every branch of a
 * {@code oneOf}/{@code anyOf} it tried: for an assistant message with a bad tool call it also reports that the role is
 * not 'system', not 'user', ... The spec's {@code discriminator} would pick the branch, but the validator's OpenAPI
 * discriminator support misjudges nested unions (valid image chunks fail), so branches are picked here instead.
 * <p>
 * A branch whose own {@code type}, or the {@code const} of one of its properties, failed is a branch the value never
 * meant to take: when some other branch of the same union did fit that far, everything reported inside the
 * mismatched branch is noise. When no branch fits (an integer where a string or an object is allowed), the branches'
 * type errors are the explanation and stay.
 */
final class SchemaErrorFilter {

    private static final Set<String> COMBINERS = Set.of("oneOf", "anyOf");
    private static final Pattern BRANCH = Pattern.compile("(/(?:oneOf|anyOf))/\\d+");
    private static final Pattern BRANCH_MISMATCH = Pattern.compile("(?:/type|/properties/[^/]+/const)");

    private SchemaErrorFilter() {
    }

    static List<ValidationMessage> explainingMessages(Iterable<ValidationMessage> messages) {
        List<ValidationMessage> all = new ArrayList<>();
        messages.forEach(all::add);
        Map<String, Set<String>> branchesByUnion = new HashMap<>();
        Set<String> mismatched = new HashSet<>();
        for (ValidationMessage message : all) {
            String path = withoutRefs(message);
            Matcher branch = BRANCH.matcher(path);
            while (branch.find()) {
                String branchPath = path.substring(0, branch.end()) + "/";
                branchesByUnion.computeIfAbsent(path.substring(0, branch.end(1)), union -> new HashSet<>())
                        .add(branchPath);
                if (BRANCH_MISMATCH.matcher(path.substring(branch.end())).matches()) {
                    mismatched.add(branchPath);
                }
            }
        }
        Set<String> noise = new HashSet<>();
        branchesByUnion.values().stream().filter(branches -> !mismatched.containsAll(branches))
                .forEach(branches -> branches.stream().filter(mismatched::contains).forEach(noise::add));
        Map<String, ValidationMessage> kept = new LinkedHashMap<>();
        for (ValidationMessage message : all) {
            String path = withoutRefs(message) + "/";
            if (noise.stream().noneMatch(path::startsWith) && !COMBINERS.contains(message.getType())) {
                kept.putIfAbsent(message.getMessage(), message);
            }
        }
        return kept.isEmpty() ? all : new ArrayList<>(kept.values());
    }

    /** The evaluation path with the {@code $ref} hops removed, so a branch reads the same through references. */
    private static String withoutRefs(ValidationMessage message) {
        return message.getEvaluationPath().toString().replace("/$ref", "");
    }
}
