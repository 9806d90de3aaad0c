package vn.tochuc.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at a fresh database on the real PostgreSQL for this test run. Name
 * the purpose with the init arg {@code purpose} (e.g. the service name).
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String purpose = "app";
    private PostgresTestDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        purpose = initArgs.getOrDefault("purpose", purpose);
    }

    @Override
    public Map<String, String> start() {
        database = PostgresTestDatabase.create(purpose);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", PostgresTestDatabase.ROLE,
                "quarkus.datasource.password", PostgresTestDatabase.PASSWORD);
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
