package io.github.camelmistral.springboot;

import java.util.Set;

import io.github.camelmistral.MistralConfiguration;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the object options of {@code camel.component.mistral} (configuration, stateRepository,
 * sslContextParameters) from a bean reference written as text, {@code #id} or {@code #bean:id}, as Camel's own
 * starters do. The beans are looked up when the properties are bound, not when this converter is created.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class MistralComponentConverter implements GenericConverter {

    private static final Set<ConvertiblePair> TYPES = Set.of(
            new ConvertiblePair(String.class, MistralConfiguration.class),
            new ConvertiblePair(String.class, StateRepository.class),
            new ConvertiblePair(String.class, SSLContextParameters.class));

    private final ApplicationContext applicationContext;

    public MistralComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return TYPES;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String text = source.toString();
        if (!text.startsWith("#")) {
            throw new IllegalArgumentException("A " + targetType.getType().getSimpleName() + " option of "
                                               + MistralComponentConfiguration.PREFIX
                                               + " takes the id of a bean, as #id or #bean:id, not '" + text + "'");
        }
        String id = text.startsWith("#bean:") ? text.substring("#bean:".length()) : text.substring(1);
        return applicationContext.getBean(id, targetType.getType());
    }
}
