package io.github.camelmistral;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Captures every log line (with stack traces) written during a test, so that tests can search them for secrets. */
public class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Appender appender;

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
        appender = new Appender();
        appender.start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        // an event reaches the root's appenders through every additive logger: attached to those too, it would be
        // captured twice
        ctx.getConfiguration().getLoggers().values().stream().filter(logger -> !logger.isAdditive())
                .forEach(logger -> logger.addAppender(appender, Level.ALL, null));
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        ctx.updateLoggers();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getLoggers().values().forEach(logger -> logger.removeAppender(appender.getName()));
        ctx.getConfiguration().getRootLogger().removeAppender(appender.getName());
        ctx.updateLoggers();
        appender.stop();
    }

    /** Everything logged so far, one entry per event, stack traces included. */
    public String all() {
        return String.join("\n", lines);
    }

    /** Each event logged so far (with its stack trace), oldest first. */
    public List<String> events() {
        return List.copyOf(lines);
    }

    public int count() {
        return lines.size();
    }

    private final class Appender extends AbstractAppender {
        Appender() {
            super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }
    }
}
