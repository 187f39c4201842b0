package io.herald.persistence.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * What a schema holds, as sorted lines that two databases of one kind can be compared by: each table's
 * columns (type, size, nullability, default), primary key, unique and plain indexes, foreign keys and
 * check constraints, and the sequences. Names the database makes up itself (those of unnamed constraints
 * and of the indexes behind them) are left out; Herald's own index and foreign key names are kept.
 * Flyway's history table is not part of the schema.
 */
final class SchemaDescription {

    private SchemaDescription() {
    }

    static List<String> of(DataSource dataSource) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            for (String table : tables(meta, schema)) {
                describeColumns(meta, schema, table, lines);
                describeKeys(meta, schema, table, lines);
                describeIndexes(meta, schema, table, lines);
            }
            describeSequencesAndChecks(connection, schema, lines);
        }
        return new ArrayList<>(lines);
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static void describeColumns(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                lines.add(lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " " + lower(rs.getString("TYPE_NAME"))
                        + "(" + rs.getString("COLUMN_SIZE") + ") nullable=" + rs.getString("IS_NULLABLE")
                        + " default=" + rs.getString("COLUMN_DEF"));
            }
        }
    }

    private static void describeKeys(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        Map<Integer, String> primary = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                primary.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        lines.add(lower(table) + " primary key " + primary.values());
        Map<String, List<String>> foreign = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                foreign.computeIfAbsent(lower(rs.getString("FK_NAME")) + " -> " + lower(rs.getString("PKTABLE_NAME")),
                        k -> new ArrayList<>()).add(lower(rs.getString("FKCOLUMN_NAME")));
            }
        }
        foreign.forEach((key, columns) -> lines.add(lower(table) + " foreign key " + columns + " " + key));
    }

    private static void describeIndexes(DatabaseMetaData meta, String schema, String table, TreeSet<String> lines)
            throws SQLException {
        Map<String, Map<Integer, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null) {
                    continue;
                }
                columns.computeIfAbsent(index, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        lower(rs.getString("COLUMN_NAME")));
                unique.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        columns.forEach((index, cols) -> lines.add(lower(table) + (unique.get(index) ? " unique index " : " index ")
                + cols.values() + (lower(index).startsWith("ix_") ? " " + lower(index) : "")));
    }

    private static void describeSequencesAndChecks(Connection connection, String schema, TreeSet<String> lines)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select sequence_name, start_value, increment"
                     + " from information_schema.sequences where sequence_schema = '" + schema + "'")) {
            while (rs.next()) {
                lines.add("sequence " + lower(rs.getString(1)) + " start " + rs.getString(2) + " increment " + rs.getString(3));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select c.check_clause from information_schema.check_constraints c"
                     + " where c.constraint_schema = '" + schema + "'")) {
            while (rs.next()) {
                String clause = rs.getString(1);
                // PostgreSQL lists every NOT NULL as a check of its own; nullability is in the column lines.
                if (!clause.toLowerCase(Locale.ROOT).endsWith("is not null")) {
                    lines.add("check " + clause);
                }
            }
        }
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
