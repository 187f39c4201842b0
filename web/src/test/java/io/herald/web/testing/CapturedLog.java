package io.herald.web.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records one logger (and the loggers below it) publishes while a test runs, down to a level. */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger, Level level) {
        this.logger = logger;
        this.levelBefore = logger.getLevel();
        logger.setLevel(level);
        logger.addHandler(this);
    }

    /** Starts capturing {@code name} at {@code level}; close to detach. */
    public static CapturedLog of(String name, Level level) {
        return new CapturedLog(Logger.getLogger(name), level);
    }

    public List<LogRecord> at(Level level) {
        return records.stream().filter(r -> r.getLevel() == level).toList();
    }

    /** Records at WARNING or above that carry a stack trace: what a client must never cause. */
    public List<LogRecord> stackTracesAtWarning() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue() && r.getThrown() != null)
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(levelBefore);
    }
}
