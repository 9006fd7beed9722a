package io.github.camelmistral.springboot.app;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Asks Mistral with nothing but the endpoint: base URL, key, model and retries come from application.yaml. */
@Component
public class AskRoute extends RouteBuilder {

    public static final String ASK = "direct:ask";

    @Override
    public void configure() {
        from(ASK).routeId("ask").to("mistral:chat?systemMessage=Answer in one sentence.");
    }
}
