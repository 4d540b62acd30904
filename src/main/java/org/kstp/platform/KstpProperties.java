package org.kstp.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform itself. Environment variables map onto them (see application.yml), so an
 * operator never edits a file to switch database or data directory.
 *
 * @param dataDir where the embedded database, files and indexes live
 * @param db the external database; blank url means "start the embedded one"
 */
@ConfigurationProperties("kstp")
public record KstpProperties(Path dataDir, Db db) {

    public KstpProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new Db(null, null, null, false) : db;
    }

    /**
     * @param url JDBC url of an external PostgreSQL; blank for the embedded default
     * @param durable false only in tests: turns fsync off for speed
     */
    public record Db(String url, String user, String password, Boolean durable) {

        public boolean external() {
            return url != null && !url.isBlank();
        }

        public boolean isDurable() {
            return durable == null || durable;
        }
    }
}
