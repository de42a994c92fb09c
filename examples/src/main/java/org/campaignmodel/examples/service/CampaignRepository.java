package org.campaignmodel.examples.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaign documents in one table: the id, the schema version the document was written in (its own
 * column, so that a later format can be migrated by query), and the document as JSON, in a {@code
 * jsonb} column on PostgreSQL and as text elsewhere. Each change is one statement, so a row is never
 * half-written.
 */
@Repository
class CampaignRepository {
    private final JdbcClient jdbc;
    private final CampaignJson json;
    private final boolean postgres;

    CampaignRepository(DataSource dataSource, JdbcClient jdbc, CampaignJson json) throws SQLException {
        this.jdbc = jdbc;
        this.json = json;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        }
        jdbc.sql("CREATE TABLE IF NOT EXISTS campaign (id VARCHAR(100) PRIMARY KEY,"
                        + " schema_version VARCHAR(16) NOT NULL, document " + (postgres ? "JSONB" : "CLOB")
                        + " NOT NULL)")
                .update();
    }

    /** The SQL that reads the document column as text. */
    private String document() {
        return postgres ? "document::text" : "document";
    }

    /** The SQL that writes text into the document column. */
    private String documentValue() {
        return postgres ? "CAST(:document AS jsonb)" : ":document";
    }

    Optional<Campaign> find(String id) {
        return jdbc.sql("SELECT " + document() + " FROM campaign WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(text -> json.read(text, Campaign.class));
    }

    List<Campaign> findAll() {
        return jdbc.sql("SELECT " + document() + " FROM campaign ORDER BY id").query(String.class).stream()
                .map(text -> json.read(text, Campaign.class))
                .toList();
    }

    /** Adds a campaign; false if one with its id is already stored. */
    boolean insert(Campaign campaign) {
        try {
            jdbc.sql("INSERT INTO campaign (id, schema_version, document) VALUES (:id, :version, " + documentValue()
                            + ")")
                    .param("id", campaign.getId())
                    .param("version", json.formatVersion(campaign))
                    .param("document", json.write(campaign))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces a stored campaign; false if none has its id. */
    boolean update(Campaign campaign) {
        return jdbc.sql("UPDATE campaign SET schema_version = :version, document = " + documentValue()
                                + " WHERE id = :id")
                        .param("id", campaign.getId())
                        .param("version", json.formatVersion(campaign))
                        .param("document", json.write(campaign))
                        .update()
                == 1;
    }
}
