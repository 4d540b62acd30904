package org.kstp.integrity.imports;

import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.common.CitizenIdHash;
import org.kstp.integrity.domain.Party;
import org.springframework.stereotype.Component;

/**
 * Matches an import line's subject to an organisation in the directory (by USCC) or to an account (by
 * user name), hashing a citizen ID if given. An organisation not yet in the directory is still
 * recorded (it is matched by code when it registers or applies); an unknown user name is refused.
 */
@Component
class SubjectMatcher {

    /** The party to record and how it was matched, as a message key with arguments. */
    record Match(Party party, String key, Object... args) {
    }

    private final CitizenIdHash citizenIds;
    private final DirectoryApi directory;
    private final IdentityApi identity;

    SubjectMatcher(DirectoryApi directory, IdentityApi identity, CitizenIdHash citizenIds) {
        this.citizenIds = citizenIds;
        this.directory = directory;
        this.identity = identity;
    }

    Match match(RowReader r) {
        return r.organisation() ? organisation(r) : person(r);
    }

    private Match organisation(RowReader r) {
        String raw = r.required("uscc");
        Uscc uscc;
        try {
            uscc = Uscc.parse(raw);
        } catch (RuleViolation malformed) {
            throw new RuleViolation("integrity.import.badUscc", raw);
        }
        OrganisationSummary known = directory.organisationByUscc(uscc.value()).orElse(null);
        if (known == null && !uscc.checkDigitValid()) {
            throw new RuleViolation("integrity.import.usccCheckDigit", uscc.value());
        }
        Party party = new Party(r.subjectType(), null, null, null, uscc.value(),
                known == null ? r.required("name") : known.name());
        return known == null ? new Match(party, "integrity.import.newOrganisation", uscc.value())
                : new Match(party, "integrity.import.matchedOrganisation", known.name(), uscc.value());
    }

    private Match person(RowReader r) {
        String username = r.text("username");
        String citizenId = r.text("citizen_id");
        AccountSummary account = null;
        if (username != null) {
            account = identity.accountByUsername(username)
                    .orElseThrow(() -> new RuleViolation("integrity.import.unknownPerson", username));
        }
        String hash = citizenId == null ? null : citizenIds.of(citizenId);
        if (account == null && hash == null) {
            throw new RuleViolation("integrity.subject.personUnidentified");
        }
        Party party = new Party(r.subjectType(), account == null ? null : account.id(), r.required("name"), hash,
                null, null);
        return account == null ? new Match(party, "integrity.import.idOnly")
                : new Match(party, "integrity.import.matchedAccount", account.displayName(), account.username());
    }
}
