package io.github.camelmistral.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the small sample files the example ships. */
final class ExampleResources {

    private ExampleResources() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = ExampleResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("sample " + path + " is missing from the example's classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
