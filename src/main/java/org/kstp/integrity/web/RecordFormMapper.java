package org.kstp.integrity.web;

import java.util.List;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.common.CitizenIdHash;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns the record form into content: resolves the user name, hashes the citizen ID, parses the code. */
@Component
class RecordFormMapper {

    private final CitizenIdHash citizenIds;
    private final IdentityApi identity;

    RecordFormMapper(IdentityApi identity, CitizenIdHash citizenIds) {
        this.citizenIds = citizenIds;
        this.identity = identity;
    }

    /** The content, with unresolvable fields reported as field errors; null parts where a field failed. */
    RecordContent content(RecordForm f, BindingResult errors) {
        Party party = f.isOrganisation() ? organisation(f, errors) : person(f, errors);
        List<Measure> measures = f.getMeasures().stream().filter(m -> !m.isBlank())
                .map(MeasureRow::toMeasure).toList();
        Decision decision = new Decision(trim(f.getIssuer()), trim(f.getDocumentNumber()), f.getDecisionDate());
        return new RecordContent(party, f.getFinding(), decision, f.getTier(), measures, f.getNote());
    }

    private Party organisation(RecordForm f, BindingResult errors) {
        try {
            return new Party(f.getSubjectType(), null, null, null, Uscc.parse(f.getUscc()).value(), trim(f.getName()));
        } catch (RuleViolation malformed) {
            Texts.reject(errors, "uscc", malformed);
            return null;
        }
    }

    private Party person(RecordForm f, BindingResult errors) {
        AccountSummary account = null;
        if (f.getUsername() != null && !f.getUsername().isBlank()) {
            account = identity.accountByUsername(f.getUsername().trim()).orElse(null);
            if (account == null) {
                errors.rejectValue("username", "integrity.form.unknownUser");
            }
        }
        String hash = null;
        if (f.getCitizenId() != null && !f.getCitizenId().isBlank()) {
            try {
                hash = citizenIds.of(f.getCitizenId());
            } catch (RuleViolation bad) {
                Texts.reject(errors, "citizenId", bad);
            }
        }
        return new Party(f.getSubjectType(), account == null ? null : account.id(), trim(f.getName()), hash, null, null);
    }

    /** The field a refusal from the register belongs next to; null for the form as a whole. */
    static String fieldFor(String key) {
        return switch (key) {
            case "integrity.subject.personUnidentified" -> "username";
            case "integrity.subject.nameRequired" -> "name";
            case "integrity.record.findingRequired" -> "finding";
            case "integrity.record.tierRequired" -> "tier";
            default -> null;
        };
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
