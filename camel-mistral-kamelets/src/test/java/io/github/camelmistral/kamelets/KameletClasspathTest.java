package io.github.camelmistral.kamelets;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** camel-kamelet's default location, {@code classpath:kamelets}, holds every Kamelet of this module. */
class KameletClasspathTest extends KameletTestSupport {

    @Test
    void everyKameletIsFoundAtCamelsDefaultLocation() throws Exception {
        Set<String> found = PluginHelper.getPackageScanResourceResolver(context)
                .findResources("classpath:kamelets/mistral-*.kamelet.yaml").stream()
                .map(Resource::getLocation).map(location -> location.substring(location.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());

        assertThat(found).containsExactlyInAnyOrderElementsOf(
                KameletCatalog.all().stream().map(KameletCatalog.KameletFile::fileName).toList());
        assertThat(context.getComponent("kamelet", org.apache.camel.component.kamelet.KameletComponent.class)
                .getLocation()).isEqualTo("classpath:kamelets");
    }
}
