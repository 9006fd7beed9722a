package io.github.camelmistral.karaf.routes;

import io.github.camelmistral.MistralConstants;
import io.github.camelmistral.api.files.MistralFile;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The routes bundle the Karaf test deploys, a user's bundle in a real container: its Camel context resolves
 * {@code mistral:} through camel-karaf's activator (the component bundle's META-INF/services) and reads the
 * component's exported API (constants, the wire model). The test passes the simulator's URL, the key and the output
 * folder as framework properties.
 */
public final class MistralRoutesActivator implements BundleActivator {

    public static final String BASE_URL = "camel.mistral.it.base-url";
    public static final String API_KEY = "camel.mistral.it.api-key";
    public static final String OUTPUT = "camel.mistral.it.output";

    private CamelContext camel;

    @Override
    public void start(BundleContext bundle) throws Exception {
        String connection = "baseUrl=" + required(bundle, BASE_URL) + "&apiKey=RAW(" + required(bundle, API_KEY) + ")";
        String output = "file:" + required(bundle, OUTPUT);
        camel = new OsgiDefaultCamelContext(bundle);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:chat?repeatCount=1").routeId("chat")
                        .setBody(constant("Hello from Karaf"))
                        .to("mistral:chat?model=mistral-small-latest&" + connection)
                        .to(output + "?fileName=chat.txt");

                from("mistral:file?event=uploaded&initialDelay=0&delay=300&" + connection).routeId("uploaded")
                        .process(exchange -> exchange.getMessage().setBody(
                                exchange.getMessage().getBody(MistralFile.class).filename()))
                        .to(output + "?fileName=uploaded-${header." + MistralConstants.FILE_ID + "}.txt");
            }
        });
        camel.start();
    }

    @Override
    public void stop(BundleContext bundle) throws Exception {
        if (camel != null) {
            camel.close();
        }
    }

    private static String required(BundleContext bundle, String property) {
        String value = bundle.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The framework property " + property + " is not set");
        }
        return value;
    }
}
