package io.github.camelmistral.springboot;

import io.github.camelmistral.MistralComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** When the auto-configuration applies, and what a wrong setting tells the application. */
class StarterAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, MistralComponentConverter.class,
                    MistralComponentAutoConfiguration.class));

    @Test
    void theComponentIsConfiguredWhenCamelCreatesIt() {
        runner.withPropertyValues("camel.component.mistral.max-retries=7", "camel.component.mistral.model=codestral")
                .run(spring -> {
                    assertThat(spring).hasSingleBean(ComponentCustomizer.class);
                    MistralComponent mistral = spring.getBean(CamelContext.class)
                            .getComponent("mistral", MistralComponent.class);
                    assertThat(mistral.getConfiguration().getMaxRetries()).isEqualTo(7);
                    assertThat(mistral.getConfiguration().getModel()).isEqualTo("codestral");
                });
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.mistral.enabled=false", "camel.component.mistral.max-retries=7")
                .run(spring -> {
                    assertThat(spring).doesNotHaveBean(ComponentCustomizer.class);
                    assertThat(spring.getBean(CamelContext.class).getComponent("mistral", MistralComponent.class)
                            .getConfiguration().getMaxRetries()).isEqualTo(2);
                });
    }

    @Test
    void theCustomizerCanBeTurnedOffAlone() {
        runner.withPropertyValues("camel.component.mistral.customizer.enabled=false",
                "camel.component.mistral.max-retries=7")
                .run(spring -> assertThat(spring.getBean(CamelContext.class)
                        .getComponent("mistral", MistralComponent.class).getConfiguration().getMaxRetries())
                        .isEqualTo(2));
    }

    @Test
    void anObjectOptionThatNamesNoBeanFailsTheStartWithTheExpectedForm() {
        runner.withPropertyValues("camel.component.mistral.ssl-context-parameters=corporateTls")
                .run(spring -> assertThat(spring).hasFailed().getFailure()
                        .hasRootCauseMessage("A SSLContextParameters option of camel.component.mistral takes the id "
                                             + "of a bean, as #id or #bean:id, not 'corporateTls'"));
    }
}
