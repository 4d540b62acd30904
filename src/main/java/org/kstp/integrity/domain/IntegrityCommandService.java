package org.kstp.integrity.domain;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.integrity.IntegrityCommands;
import org.kstp.integrity.NewFinding;
import org.springframework.stereotype.Service;

/** {@link IntegrityCommands} on the register behind the record form. */
@Service
class IntegrityCommandService implements IntegrityCommands {

    private final Register register;

    IntegrityCommandService(Register register) {
        this.register = register;
    }

    @Override
    public UUID recordResearcherFinding(NewFinding f, Actor staff) {
        Party party = new Party(SubjectType.RESEARCHER, f.accountId(), f.personName(), f.citizenIdHash(), null, null);
        return register.recordFinding(new RecordContent(party, f.finding(),
                new Decision(f.issuer(), f.documentNumber(), f.decidedOn()), Tier.valueOf(f.tier()),
                f.measures().stream().map(m -> new Measure(m.kind(), null, m.start(), m.end())).toList(), null), staff);
    }
}
