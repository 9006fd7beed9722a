package io.github.camelmistral.karaf;

import java.io.File;
import java.nio.file.Path;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import io.github.camelmistral.karaf.routes.MistralRoutesActivator;

/** Packs the test's routes package as an OSGi bundle, its imports computed by bnd like any user's bundle. */
final class RoutesBundle {

    private RoutesBundle() {
    }

    static Path build(Path target) throws Exception {
        Class<?> activator = MistralRoutesActivator.class;
        File classes = new File(activator.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Builder builder = new Builder()) {
            builder.addClasspath(classes);
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "camel-mistral-karaf-it-routes");
            builder.setProperty(Constants.BUNDLE_VERSION, "1.0.0");
            builder.setProperty(Constants.BUNDLE_ACTIVATOR, activator.getName());
            builder.setProperty(Constants.PRIVATEPACKAGE, activator.getPackageName());
            builder.setProperty(Constants.IMPORT_PACKAGE, "*");
            try (Jar jar = builder.build()) {
                if (!builder.isOk()) {
                    throw new IllegalStateException("bnd could not build the routes bundle: " + builder.getErrors());
                }
                jar.write(target.toFile());
            }
        }
        return target;
    }
}
