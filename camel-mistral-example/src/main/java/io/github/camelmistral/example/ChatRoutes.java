package io.github.camelmistral.example;

import org.apache.camel.builder.RouteBuilder;

/** Behind {@link ChatServer}'s {@code POST /chat}: the reply is written to the HTTP client as it is generated. */
public class ChatRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:streamChat").routeId("stream-chat")
                .to("mistral:chat?streaming=true&systemMessage=You tell short stories.")
                .process(ChatServer::writeReply);
    }
}
