package io.herald.web.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the loggers of the given classes publish while a test runs, FINE included; {@link #detach()}
 * puts them back as they were.
 */
public final class CapturedLog extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final List<Level> levels;

    private CapturedLog(List<Logger> loggers) {
        this.loggers = loggers;
        this.levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(logger -> {
            logger.addHandler(this);
            logger.setLevel(Level.FINE);
        });
    }

    public static CapturedLog of(Class<?>... sources) {
        return new CapturedLog(Arrays.stream(sources).map(c -> Logger.getLogger(c.getName())).toList());
    }

    /** Every record so far, live: later records show up in the same list. */
    public List<LogRecord> records() {
        return records;
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
    }
}
