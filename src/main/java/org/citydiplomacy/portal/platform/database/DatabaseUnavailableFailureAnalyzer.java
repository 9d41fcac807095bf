package org.citydiplomacy.portal.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into one line that says what to do, instead of a stack trace. */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(
                "No PostgreSQL answered at " + cause.url() + " (user " + cause.username() + ") and no Docker engine is running.",
                "Start PostgreSQL on localhost:5432 (or Docker, to use docker-compose.yml), or set SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a reachable database.",
                cause);
    }
}
