package io.github.camelmistral.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The Kamelet files of this module, as written in its sources, parsed. */
final class KameletCatalog {

    /** Where the Kamelets are kept, and (as {@code kamelets/}) where camel-kamelet looks for them by default. */
    static final Path SOURCES = Path.of(System.getProperty("kamelets.sources", "src/main/resources/kamelets"));
    static final String SUFFIX = ".kamelet.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private KameletCatalog() {
    }

    /** One Kamelet file: its name on disk and its parsed content. */
    record KameletFile(String fileName, JsonNode kamelet) {

        String name() {
            return kamelet.at("/metadata/name").asText();
        }

        JsonNode definition() {
            return kamelet.at("/spec/definition");
        }

        JsonNode template() {
            return kamelet.at("/spec/template");
        }

        @Override
        public String toString() {
            return fileName;
        }
    }

    static List<KameletFile> all() {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted()
                    .map(KameletCatalog::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KameletFile read(Path file) {
        try {
            return new KameletFile(file.getFileName().toString(), YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }
}
