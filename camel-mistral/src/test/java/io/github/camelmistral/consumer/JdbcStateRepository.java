package io.github.camelmistral.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a database table that every node reaches, as the guide ("Several nodes") shows it:
 * Camel ships none for a shared store. One row per key; a write is an UPDATE, or an INSERT for a new key.
 */
class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final DataSource dataSource;
    private final String table;

    JdbcStateRepository(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    protected void doStart() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS " + table
                           + " (state_key VARCHAR(255) PRIMARY KEY, state_value CLOB NOT NULL)");
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state_value FROM " + table + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read state '" + key + "' from table " + table, e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET state_value = ? WHERE state_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + table + " (state_key, state_value) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write state '" + key + "' to table " + table, e);
        }
    }
}
