package io.github.camelmistral.karaf;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published features file against camel-karaf's real one: every feature the camel-mistral feature depends on
 * exists there in a version of the required range, so the stand-in the Karaf test uses installs the same names. The
 * stand-in itself must offer those names and versions too.
 */
class FeaturesFileIT {

    private static final String CAMEL_MISTRAL = "camel-mistral";

    private final Document published = parse(System.getProperty("karaf.features.file"));
    private final Document camelKaraf = parse(System.getProperty("camel.karaf.features.file"));
    private final Document standIn = parse(CamelMistralFeatureIT.standInFeatures().toString());

    @Test
    void camelKarafOffersEveryFeatureCamelMistralNeeds() {
        List<Element> needed = children(feature(published, CAMEL_MISTRAL), "feature").stream()
                .filter(dependency -> dependency.hasAttribute("version")).toList();
        assertThat(needed).extracting(Element::getTextContent).containsExactlyInAnyOrder("camel-core", "jackson");
        for (Element dependency : needed) {
            VersionRange range = new VersionRange(dependency.getAttribute("version"));
            for (Document repository : List.of(camelKaraf, standIn)) {
                assertThat(features(repository).stream()
                        .filter(feature -> feature.getAttribute("name").equals(dependency.getTextContent()))
                        .map(feature -> Version.parseVersion(feature.getAttribute("version"))))
                        .as("%s %s in %s", dependency.getTextContent(), range, repository.getDocumentElement()
                                .getAttribute("name"))
                        .anyMatch(range::includes);
            }
        }
    }

    @Test
    void publishedFileNamesCamelKarafsRepositoryAndTheComponentBundle() {
        String version = System.getProperty("project.version");
        assertThat(children(published.getDocumentElement(), "repository")).extracting(Element::getTextContent)
                .containsExactly("mvn:org.apache.camel.karaf/apache-camel/" + System.getProperty("camel.karaf.version")
                                 + "/xml/features");
        assertThat(children(feature(published, CAMEL_MISTRAL), "bundle")).extracting(Element::getTextContent)
                .contains("mvn:io.github.camelmistral/camel-mistral/" + version)
                .anyMatch(bundle -> bundle.startsWith("wrap:mvn:org.apache.httpcomponents.client5/httpclient5/"));
        // camel-karaf's camel-core carries the activator that finds components in bundles, like the stand-in's
        for (Document repository : List.of(camelKaraf, standIn)) {
            assertThat(children(feature(repository, "camel-core"), "bundle")).extracting(Element::getTextContent)
                    .anyMatch(bundle -> bundle.startsWith("mvn:org.apache.camel.karaf/camel-core-osgi/"));
        }
    }

    private static Element feature(Document repository, String name) {
        return features(repository).stream().filter(feature -> feature.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No feature " + name));
    }

    private static List<Element> features(Document repository) {
        return children(repository.getDocumentElement(), "feature");
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        return IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(node -> node instanceof Element element && element.getLocalName().equals(name))
                .map(Element.class::cast).toList();
    }

    private static Document parse(String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(Path.of(file).toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the features file " + file, e);
        }
    }
}
