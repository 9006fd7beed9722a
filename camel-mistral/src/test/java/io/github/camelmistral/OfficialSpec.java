package io.github.camelmistral;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelmistral.simulator.MistralSimulator;
import io.github.camelmistral.simulator.contract.OpenApiContract;
import io.github.camelmistral.simulator.http.SimRequest;

/**
 * The official OpenAPI spec, when the build has it beside the repository ({@code mistral.openapi.spec}): every request
 * body the component sends in a test is checked against it, whichever stand-in answered.
 */
public final class OfficialSpec {

    private OfficialSpec() {
    }

    /** The spec's contract, or empty when the spec file is not there (then only the hand-written checks apply). */
    public static Optional<OpenApiContract> contract() {
        String location = System.getProperty(MistralSimulator.SPEC_PROPERTY);
        if (location == null || location.isBlank() || !Files.isRegularFile(Path.of(location))) {
            return Optional.empty();
        }
        return Optional.of(OpenApiContract.load(Path.of(location)));
    }

    /** What a request received by WireMock breaks in the spec: an empty list when it conforms. */
    public static List<ObjectNode> violations(OpenApiContract contract, LoggedRequest request) {
        String url = request.getUrl();
        int question = url.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        SimRequest received = new SimRequest(request.getMethod().getName(),
                question < 0 ? url : url.substring(0, question), question < 0 ? null : url.substring(question + 1),
                headers, request.getBody());
        return contract.violations(received);
    }
}
