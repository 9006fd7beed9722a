package io.github.camelmistral.consumer;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A repository of a process that can be killed: after {@link #crash()} nothing it is asked to write or to stop
 * reaches the repository it wraps (a killed JVM runs no more code, e.g. no {@code FileStateRepository} flush on stop).
 */
class CrashingStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final StateRepository<String, String> delegate;
    private volatile boolean crashed;

    CrashingStateRepository(StateRepository<String, String> delegate) {
        this.delegate = delegate;
    }

    void crash() {
        crashed = true;
    }

    @Override
    public void setState(String key, String value) {
        if (!crashed) {
            delegate.setState(key, value);
        }
    }

    @Override
    public String getState(String key) {
        return delegate.getState(key);
    }

    @Override
    protected void doStart() {
        ServiceHelper.startService(delegate);
    }

    @Override
    protected void doStop() {
        if (!crashed) {
            ServiceHelper.stopService(delegate);
        }
    }
}
