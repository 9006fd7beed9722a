package io.github.camelmistral.springboot.app;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application as a user writes one: its routes are beans, its options in application.yaml. */
@SpringBootApplication
public class AskApplication {

    /** Where the component's triggers keep what they have seen; application.yaml refers to it by id. */
    @Bean
    StateRepository<String, String> mistralState() {
        return new MemoryStateRepository();
    }
}
