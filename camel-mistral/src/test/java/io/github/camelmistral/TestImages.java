package io.github.camelmistral;

import java.util.Base64;

/** Small valid images shared by the tests. */
public final class TestImages {

    /** The smallest valid PNG: a 1x1 transparent pixel. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestImages() {
    }
}
