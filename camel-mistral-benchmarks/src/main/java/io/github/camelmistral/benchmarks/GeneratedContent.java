package io.github.camelmistral.benchmarks;

import java.io.InputStream;
import java.util.Arrays;

/** {@code size} bytes made up as they are read, so that uploading a gigabyte needs no gigabyte anywhere. */
final class GeneratedContent extends InputStream {

    private long left;

    GeneratedContent(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        if (left <= 0) {
            return -1;
        }
        left--;
        return 'x';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
            return -1;
        }
        int count = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + count, (byte) 'x');
        left -= count;
        return count;
    }
}
