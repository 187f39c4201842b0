package io.herald.web.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What some loggers (and the loggers below them) publish while a test runs, down to a level;
 * {@link #close()} (or {@link #detach()}) puts them back as they were.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final List<Level> levels;

    private CapturedLog(List<Logger> loggers, Level level) {
        this.loggers = loggers;
        this.levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(logger -> {
            logger.addHandler(this);
            logger.setLevel(level);
        });
    }

    /** Starts capturing the logger {@code name} at {@code level}. */
    public static CapturedLog of(String name, Level level) {
        return new CapturedLog(List.of(Logger.getLogger(name)), level);
    }

    /** Starts capturing the loggers of the given classes, FINE included. */
    public static CapturedLog of(Class<?>... sources) {
        return new CapturedLog(Arrays.stream(sources).map(c -> Logger.getLogger(c.getName())).toList(), Level.FINE);
    }

    /** Every record so far, live: later records show up in the same list. */
    public List<LogRecord> records() {
        return records;
    }

    public List<LogRecord> at(Level level) {
        return records.stream().filter(r -> r.getLevel() == level).toList();
    }

    /** Records at WARNING or above that carry a stack trace: what a client must never cause. */
    public List<LogRecord> stackTracesAtWarning() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue() && r.getThrown() != null)
                .toList();
    }

    public void detach() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(levels.get(i));
        }
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
        detach();
    }
}
