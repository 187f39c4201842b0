package io.herald.incontainer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * Herald's own database, for what a test arranges beside Herald: a schema change that makes one
 * write fail for real, and work that Herald's stores only accept inside a transaction.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "java:jboss/datasources/HeraldDS")
    DataSource dataSource;

    /** Runs one SQL statement on its own connection, outside any transaction (DDL commits by itself anyway). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Callable<T> work) throws Exception {
        return work.call();
    }
}
