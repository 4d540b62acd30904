package org.kstp.proposal.domain.rules;

import org.kstp.common.Actor;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.RecordDisclosure;
import org.springframework.stereotype.Component;

/**
 * Words an integrity block for its reader: the subject sees the record (document and period) and is
 * pointed to their own records and how to appeal, bureau staff see the record, and everyone else
 * (co-authors, the host, the county) sees only that a rule applies, because a record is its subject's business.
 */
@Component
class IntegrityWording {

    private final RecordDisclosure disclosure;

    IntegrityWording(RecordDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    boolean maySee(IntegrityVerdict.Reason r, Actor viewer) {
        return disclosure.maySeeRecords(r.subject(), viewer);
    }

    /**
     * The subject reads key.own (with the appeal hint), staff key (or key.detail for a member, whose
     * plain key is the rule-only wording), others key.rule; the record's variants end in .permanent
     * when the measure has no end.
     */
    Finding worded(RuleCode rule, String key, String who, IntegrityVerdict.Reason r, Actor viewer) {
        if (!maySee(r, viewer)) {
            return new Finding(rule, key + ".rule", who);
        }
        String variant = disclosure.isSubject(r.subject(), viewer) ? key + ".own"
                : key.endsWith(".member") ? key + ".detail" : key;
        if (r.permanent()) {
            return new Finding(rule, variant + ".permanent", who, r.documentNumber(), r.start().toString());
        }
        return new Finding(rule, variant, who, r.documentNumber(), r.start().toString(), r.end().toString());
    }
}
