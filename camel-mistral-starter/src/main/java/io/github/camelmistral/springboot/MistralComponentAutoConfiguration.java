package io.github.camelmistral.springboot;

import io.github.camelmistral.MistralComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code mistral} component from {@code camel.component.mistral.*} when Camel creates it, as Camel's
 * own component starters do: a {@link ComponentCustomizer} copies the options the application set onto the
 * component (through the component's generated configurer, so the endpoint defaults land in its
 * {@code MistralConfiguration}). {@code camel.component.mistral.enabled=false} turns the auto-configuration off,
 * {@code camel.component.mistral.customizer.enabled=false} only the customizer.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, MistralComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, MistralComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", MistralComponentConfiguration.PREFIX })
public class MistralComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureMistralComponent(CamelContext camelContext,
                                                         ApplicationContext applicationContext,
                                                         MistralComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof MistralComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                               MistralComponentConfiguration.PREFIX + ".customizer");
            }
        };
    }
}
