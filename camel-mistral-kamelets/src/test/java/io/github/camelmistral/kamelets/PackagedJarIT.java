package io.github.camelmistral.kamelets;

import java.io.File;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar {@code mvn package} produces carries every Kamelet under {@code kamelets/}, the location camel-kamelet
 * reads by default ({@code classpath:kamelets}), so the jar on the classpath is all a Camel application needs.
 */
class PackagedJarIT {

    private static final File JAR = new File(System.getProperty("packaged.jar",
            "target/camel-mistral-kamelets-1.0.0-SNAPSHOT.jar"));

    @Test
    void everyKameletIsInTheJarWhereCamelLooks() throws Exception {
        List<String> expected = KameletCatalog.all().stream().map(file -> "kamelets/" + file.fileName()).toList();
        try (JarFile jar = new JarFile(JAR)) {
            List<String> packaged = jar.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(KameletCatalog.SUFFIX)).toList();
            assertThat(packaged).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(expected).hasSize(9);
        }
    }
}
