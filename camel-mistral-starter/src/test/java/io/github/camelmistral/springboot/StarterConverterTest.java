package io.github.camelmistral.springboot;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.convert.TypeDescriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How the object options of camel.component.mistral name their beans. */
class StarterConverterTest {

    private final StaticApplicationContext beans = new StaticApplicationContext();
    private final MistralComponentConverter converter = new MistralComponentConverter(beans);
    private final TypeDescriptor text = TypeDescriptor.valueOf(String.class);
    private final TypeDescriptor tls = TypeDescriptor.valueOf(SSLContextParameters.class);

    @Test
    void aReferenceByIdFindsTheBean() {
        SSLContextParameters corporate = new SSLContextParameters();
        beans.getBeanFactory().registerSingleton("corporateTls", corporate);

        assertThat(converter.convert("#corporateTls", text, tls)).isSameAs(corporate);
        assertThat(converter.convert("#bean:corporateTls", text, tls)).isSameAs(corporate);
    }

    @Test
    void aValueThatIsNoReferenceIsRefusedWithTheExpectedForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convert("corporateTls", text, tls))
                .withMessage("A SSLContextParameters option of camel.component.mistral takes the id of a bean, as #id "
                             + "or #bean:id, not 'corporateTls'");
    }
}
