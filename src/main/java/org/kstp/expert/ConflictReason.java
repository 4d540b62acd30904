package org.kstp.expert;

/**
 * Why one rule excludes an expert.
 *
 * @param detailKey a label key that qualifies the reason (e.g. the kind of relation); may be null
 * @param detail data that makes the reason checkable (a person's name, a date, a document number);
 *               never translated; may be null
 */
public record ConflictReason(ConflictCode code, String detailKey, String detail) {

    /** The label key of the code, e.g. {@code expert.ConflictCode.SAME_ORGANISATION}. */
    public String labelKey() {
        return "expert.ConflictCode." + code.name();
    }
}
