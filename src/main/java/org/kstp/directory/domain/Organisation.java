package org.kstp.directory.domain;

import java.time.Instant;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.OrganisationSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation known by its unified social credit code. A code that fails the GB 32100 check
 * digit is still accepted (real pilot-region codes do fail it) but stays flagged until bureau staff
 * have confirmed it against the registration certificate.
 */
@Table("directory_organisation")
public class Organisation {

    @Id
    private final UUID id;
    private final String uscc;
    private final String name;
    private final String countyCode;
    private boolean needsReview;
    private String legalRepName;
    private String legalRepIdHash;
    private String legalRepIdTail;
    private final Instant createdAt;
    @Version
    private Long version;

    Organisation(UUID id, String uscc, String name, String countyCode, boolean needsReview, String legalRepName,
                 String legalRepIdHash, String legalRepIdTail, Instant createdAt, Long version) {
        this.legalRepName = legalRepName;
        this.legalRepIdHash = legalRepIdHash;
        this.legalRepIdTail = legalRepIdTail;
        this.id = id;
        this.uscc = uscc;
        this.name = name;
        this.countyCode = countyCode;
        this.needsReview = needsReview;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new organisation; the code has been parsed, so it is well-formed, and only its check digit may be off. */
    static Organisation register(Uscc code, String name, String countyCode, Instant now) {
        return new Organisation(UUID.randomUUID(), code.value(), name, countyCode, !code.checkDigitValid(), null,
                null, null, now, null);
    }

    /** Staff have seen the certificate: the code stands as registered even though its check digit fails. */
    void confirm() {
        if (!needsReview) {
            throw new RuleViolation("directory.organisation.notFlagged", uscc);
        }
        needsReview = false;
    }

    /**
     * Records the legal representative: a name and the citizen ID as the integrity register's hash plus
     * its last four characters. A blank name clears the representative; without a new hash the hash
     * already on record is kept (forms show only the last four characters and send nothing back).
     */
    void changeLegalRepresentative(String name, String idHash, String idTail) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            legalRepName = null;
            legalRepIdHash = null;
            legalRepIdTail = null;
            return;
        }
        if (idHash == null && legalRepIdHash == null) {
            throw new RuleViolation("directory.organisation.legalRep.idRequired");
        }
        legalRepName = trimmed;
        if (idHash != null) {
            legalRepIdHash = idHash;
            legalRepIdTail = idTail;
        }
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, uscc, name, countyCode, needsReview, legalRepName, legalRepIdHash);
    }

    public String name() {
        return name;
    }

    public String legalRepName() {
        return legalRepName;
    }

    public String legalRepIdTail() {
        return legalRepIdTail;
    }

    public UUID id() {
        return id;
    }

    public String uscc() {
        return uscc;
    }

    public String countyCode() {
        return countyCode;
    }

    public boolean needsReview() {
        return needsReview;
    }
}
